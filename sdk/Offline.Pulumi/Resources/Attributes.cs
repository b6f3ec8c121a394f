namespace Pulumi;

/// <summary>Marks an args property or field as the resource input <c>name</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class InputAttribute : Attribute
{
    public InputAttribute(string name, bool required = false, bool json = false)
    {
        Name = name;
        IsRequired = required;
        Json = json;
    }

    internal string Name { get; }

    internal bool IsRequired { get; }

    /// <summary>The value is sent as JSON text (provider config objects).</summary>
    internal bool Json { get; }
}

/// <summary>Marks a resource property as the output <c>name</c>; the engine fills it from the resource's state.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public OutputAttribute(string? name = null) => Name = name;

    public string? Name { get; }
}

/// <summary>Marks a class that the engine builds from a nested state object through its output constructor.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OutputTypeAttribute : Attribute
{
}

/// <summary>Marks the constructor of an output type; its parameter names are the state's property names.</summary>
[AttributeUsage(AttributeTargets.Constructor)]
public sealed class OutputConstructorAttribute : Attribute
{
}

/// <summary>Gives an output constructor parameter the state property name it binds to.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OutputConstructorParameterAttribute : Attribute
{
    public OutputConstructorParameterAttribute(string name) => Name = name;

    public string Name { get; }
}

/// <summary>The resource type token and package version of a resource class.</summary>
[AttributeUsage(AttributeTargets.Class)]
public class ResourceTypeAttribute : Attribute
{
    public ResourceTypeAttribute(string type, string? version)
    {
        Type = type;
        Version = version;
    }

    public string Type { get; }

    public string? Version { get; }
}

/// <summary>Marks a struct as a provider enum: it travels as its string (or number) value.</summary>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class EnumTypeAttribute : Attribute
{
}
