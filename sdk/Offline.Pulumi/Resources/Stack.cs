namespace Pulumi;

/// <summary>
/// The root of a program: every resource without an explicit parent is its child, and its [Output] properties,
/// assigned in the constructor, are the stack outputs.
/// </summary>
public class Stack : ComponentResource
{
    public Stack(StackOptions? options = null)
        : base(StackType, RootName(), new ComponentResourceOptions
        {
            ResourceTransformations = options?.ResourceTransformations ?? [],
        })
    {
    }

    private static string RootName()
    {
        var engine = Engine.Current ?? throw new InvalidOperationException(
            "A Stack can only be created by Deployment.RunAsync or Deployment.TestAsync.");
        return $"{engine.ProjectName}-{engine.StackName}";
    }

    /// <summary>Reads the [Output] properties the derived constructor assigned and registers them as the stack outputs.</summary>
    internal IReadOnlyDictionary<string, object?> CollectOutputs()
    {
        var outputs = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var wrongType = new List<string>();
        var unassigned = new List<string>();
        foreach (var property in OutputProperties(GetType()))
        {
            var name = OutputName(property);
            var type = property.PropertyType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Output<>))
            {
                wrongType.Add($"{GetType().Name}.{property.Name}");
                continue;
            }
            var value = property.GetValue(this);
            if (value is null)
            {
                unassigned.Add(name);
            }
            outputs[name] = value;
        }
        if (wrongType.Count > 0)
        {
            throw RunException.OutputsHaveIncorrectType(wrongType);
        }
        if (unassigned.Count > 0)
        {
            throw new RunException(
                $"Stack output(s) {string.Join(", ", unassigned.Select(n => $"'{n}'"))} have no value: assign every [Output] property in the stack's constructor.");
        }
        RegisterOutputs(outputs);
        return outputs;
    }
}

/// <summary>Options of a stack: transformations that apply to every resource in the program.</summary>
public class StackOptions
{
    public List<ResourceTransformation> ResourceTransformations { get; set; } = [];
}
