using System.Net;
using System.Net.Sockets;

namespace Lab.Components.Rendering;

/// <summary>
/// Checks shared by the agent renderers. Each failure names the property, the bad value and the rule; a renderer
/// collects them all and throws once, so one run shows every problem of a model (as Options validation does).
/// Secret values are never quoted in a failure.
/// </summary>
internal static class AgentModelRules
{
    private const string Ipv4Rule = "is not an IPv4 address (four decimal octets, no leading zeros)";

    public static void RequireText(List<string> failures, string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{property} '{value}' must not be empty");
        }
    }

    public static void RequireIpv4(List<string> failures, string property, string? value)
    {
        if (!IsIpv4(value))
        {
            failures.Add($"{property} '{value}' {Ipv4Rule}");
        }
    }

    /// <summary>A non-empty list of IPv4 addresses; <paramref name="why"/> says what the list is for.</summary>
    public static void RequireIpv4List(List<string> failures, string property, IReadOnlyList<string> values, string why)
    {
        if (values.Count == 0)
        {
            failures.Add($"{property} is empty; {why}");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            RequireIpv4(failures, $"{property}[{i}]", values[i]);
        }
    }

    /// <summary>
    /// Exactly four decimal octets: <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> also takes <c>10.1</c> and
    /// <c>010.0.0.1</c> (octal), which round-trip to a different text and are rejected here.
    /// </summary>
    public static bool IsIpv4(string? text) =>
        IPAddress.TryParse(text, out var address)
        && address.AddressFamily == AddressFamily.InterNetwork
        && address.ToString() == text;

    public static void ThrowIfAny(List<string> failures, string modelName, string paramName)
    {
        if (failures.Count > 0)
        {
            throw new ArgumentException($"{modelName} is invalid: {string.Join("; ", failures)}", paramName);
        }
    }
}
