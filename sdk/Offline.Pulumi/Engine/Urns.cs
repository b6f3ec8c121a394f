namespace Pulumi;

/// <summary>Resource URNs as the real mock monitor (<c>Pulumi.Testing</c>) forms them: urn:pulumi:stack::project::qualified type::name.</summary>
internal static class Urns
{
    /// <summary>
    /// Every resource but the stack has a parent (the stack when none is given), and the mock monitor qualifies a
    /// type with the first type of its parent's qualified type only: so every resource under mocks is
    /// <c>pulumi:pulumi:Stack$&lt;type&gt;</c>, however deep it is nested. The engine of a real deployment joins the whole
    /// chain of parent types instead (and leaves the stack out); mocks do not.
    /// </summary>
    public static string Create(string project, string stack, string type, string name, string? parentUrn)
    {
        var qualified = parentUrn is null ? type : $"{QualifiedType(parentUrn).Split('$')[0]}${type}";
        return $"urn:pulumi:{stack}::{project}::{qualified}::{name}";
    }

    private static string QualifiedType(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length >= 4 ? parts[2] : "";
    }
}
