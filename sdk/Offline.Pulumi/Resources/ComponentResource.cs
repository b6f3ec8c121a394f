using System.Collections.Immutable;

namespace Pulumi;

/// <summary>A resource made of other resources; it has no provider and no state of its own besides its outputs.</summary>
public class ComponentResource : Resource
{
    public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
        : this(type, name, ResourceArgs.Empty, options)
    {
    }

    public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false)
        : base(type, name, custom: false, args ?? ResourceArgs.Empty, options ?? new ComponentResourceOptions(), remote)
    {
    }

    /// <summary>Registers every [Output] property of this component as its outputs.</summary>
    protected void RegisterOutputs()
    {
        var outputs = new Dictionary<string, object?>();
        foreach (var property in OutputProperties(GetType()))
        {
            var name = OutputName(property);
            outputs[name] = property.GetValue(this);
        }
        RegisterOutputs(outputs);
    }

    protected void RegisterOutputs(IDictionary<string, object?> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        RegisterOutputs(Task.FromResult(outputs));
    }

    protected void RegisterOutputs(Task<IDictionary<string, object?>> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        RegisterOutputs(Output.Create(outputs));
    }

    protected void RegisterOutputs(Output<IDictionary<string, object?>> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        Engine.Current?.RegisterOutputs(this, outputs.Apply(o => (IReadOnlyDictionary<string, object?>)o.ToImmutableDictionary()));
    }
}
