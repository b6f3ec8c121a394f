namespace Pulumi;

/// <summary>Facts about the running deployment.</summary>
public sealed class DeploymentInstance
{
    private readonly Engine _engine;

    internal DeploymentInstance(Engine engine) => _engine = engine;

    public bool IsDryRun => _engine.IsDryRun;

    public string OrganizationName => _engine.OrganizationName;

    public string ProjectName => _engine.ProjectName;

    public string RootDirectory => _engine.RootDirectory;

    public string StackName => _engine.StackName;
}
