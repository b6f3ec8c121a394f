using Lab.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Lab.Tests.Workflows;

/// <summary>
/// The structure of the GitHub workflows that matters for the lab's safety (actionlint, run by <c>.ci/run</c>, checks
/// their syntax and expressions): the synth diff needs no secret; previews comment once per stack; only the
/// environment-gated job on main runs <c>pulumi up</c>, one at a time.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class WorkflowTests
{
    [Test]
    public void The_synth_diff_runs_on_every_pull_request_with_no_secret()
    {
        var text = File.ReadAllText(RepoFiles.PathOf(".github/workflows/synth-diff.yml"));
        var job = Job(Load("synth-diff.yml"), "synth-diff");

        Assert.That(text, Does.Not.Contain("secrets."));
        Assert.That(Scalar(job, "runs-on"), Is.EqualTo("ubuntu-latest"));
        Assert.That(Runs(job), Does.Contain("synth diff \"../base/artifacts/synth/$stack\" \"artifacts/synth/$stack\"").And.Contain("$GITHUB_STEP_SUMMARY"));
        Assert.That(Runs(job), Does.Contain("git worktree add ../base \"$BASE_SHA\""));
    }

    [Test]
    public void Each_stack_is_previewed_with_the_pulumi_action_which_comments_once_per_stack()
    {
        var job = Job(Load("preview.yml"), "preview");
        var matrix = (YamlSequenceNode)Map(Map(job, "strategy"), "matrix").Children[new YamlScalarNode("stack")];
        var pulumi = Step(job, "pulumi/actions@");

        Assert.That(matrix.Children.Select(c => ((YamlScalarNode)c).Value), Is.EqualTo(new[] { "lab", "dev" }));
        Assert.That(Inputs(pulumi), Does.Contain(("command", "preview")).And.Contain(("stack-name", "${{ matrix.stack }}"))
            .And.Contain(("comment-on-pr", "true")).And.Contain(("edit-pr-comment", "true")));
        Assert.That(Scalar(Map(pulumi, "env"), "PULUMI_ACCESS_TOKEN"), Is.EqualTo("${{ secrets.PULUMI_ACCESS_TOKEN }}"));
        Assert.That(Scalar(Map(job, "concurrency"), "group"), Does.Contain("${{ matrix.stack }}"));
        // Self-hosted runners must not run a fork's code with the lab's credentials.
        Assert.That(Scalar(job, "if"), Is.EqualTo("github.event.pull_request.head.repo.full_name == github.repository"));
    }

    [Test]
    public void Only_main_runs_pulumi_up_of_lab_behind_an_environment_one_update_at_a_time()
    {
        var workflow = Load("up.yml");
        var job = Job(workflow, "up");
        var pulumi = Step(job, "pulumi/actions@");

        Assert.That(Map(Map(workflow, "on"), "push").Children[new YamlScalarNode("branches")].ToString(), Is.EqualTo("[ main ]"));
        Assert.That(Scalar(job, "environment"), Is.EqualTo("lab"));
        Assert.That(Inputs(pulumi), Does.Contain(("command", "up")).And.Contain(("stack-name", "lab")));
        Assert.That((Scalar(Map(job, "concurrency"), "group"), Scalar(Map(job, "concurrency"), "cancel-in-progress")), Is.EqualTo(("pulumi-lab", "false")));
    }

    [Test]
    public void No_other_workflow_runs_pulumi_up_and_every_action_is_pinned_to_a_version()
    {
        foreach (var path in Directory.GetFiles(RepoFiles.PathOf(".github/workflows"), "*.yml"))
        {
            var workflow = Load(Path.GetFileName(path));
            var steps = Map(workflow, "jobs").Children.Values.Cast<YamlMappingNode>()
                .SelectMany(j => ((YamlSequenceNode)j.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()).ToList();
            foreach (var uses in steps.Where(s => s.Children.ContainsKey(new YamlScalarNode("uses"))).Select(s => Scalar(s, "uses")))
            {
                Assert.That(uses, Does.Match(@"^[\w.-]+/[\w.-]+@v\d+$"), path);
            }
            var ups = steps.Where(s => Scalar(s, "uses")?.StartsWith("pulumi/actions@", StringComparison.Ordinal) == true && Inputs(s).Contains(("command", "up")));
            Assert.That(ups.Any(), Is.EqualTo(Path.GetFileName(path) == "up.yml"), path);
        }
    }

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoFiles.PathOf($".github/workflows/{file}"))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Job(YamlMappingNode workflow, string name) => Map(Map(workflow, "jobs"), name);

    private static YamlMappingNode Step(YamlMappingNode job, string usesPrefix) =>
        ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()
            .Single(s => Scalar(s, "uses")?.StartsWith(usesPrefix, StringComparison.Ordinal) == true);

    private static List<(string, string)> Inputs(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("with"), out var with)
            ? [.. ((YamlMappingNode)with).Children.Select(p => (((YamlScalarNode)p.Key).Value!, ((YamlScalarNode)p.Value).Value!))]
            : [];

    private static string Runs(YamlMappingNode job) =>
        string.Join("\n", ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().Select(s => Scalar(s, "run") ?? ""));

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
}
