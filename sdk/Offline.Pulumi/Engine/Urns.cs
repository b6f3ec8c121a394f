namespace Pulumi;

/// <summary>Resource URNs as the mock engine forms them: urn:pulumi:stack::project::qualified type::name.</summary>
internal static class Urns
{
    public static string Create(string project, string stack, string type, string name, Resource? parent, string? parentUrn)
    {
        // Like the real mock monitor, only the root ancestor's type qualifies a child's type.
        var qualified = parent is null || parent.GetResourceType() == Resource.StackType || parentUrn is null
            ? type
            : $"{QualifiedType(parentUrn).Split('$')[0]}${type}";
        return $"urn:pulumi:{stack}::{project}::{qualified}::{name}";
    }

    private static string QualifiedType(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length >= 4 ? parts[2] : "";
    }
}
