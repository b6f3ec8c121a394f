using Consumer.App;

namespace Consumer.Tests;

[Parallelizable]
public class ConsumerSettingsTests
{
    [Test]
    public void A_fully_qualified_lab_stack_is_split_into_organization_project_and_stack()
    {
        var (settings, problem) = ConsumerSettings.Parse("organization/homelab/lab");

        Assert.That(problem, Is.Null);
        Assert.That((settings!.LabStack, settings.Organization, settings.LabProject, settings.LabStackName),
            Is.EqualTo(("organization/homelab/lab", "organization", "homelab", "lab")));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void An_unset_lab_stack_names_the_key_and_the_command_that_sets_it(string? value)
    {
        var (settings, problem) = ConsumerSettings.Parse(value);

        Assert.That(settings, Is.Null);
        Assert.That(problem, Is.EqualTo("homelab-consumer:labStack is not set: it names the lab stack whose outputs this stack reads; "
            + "fix: pulumi config set homelab-consumer:labStack <organization>/homelab/<stack>"));
    }

    [TestCase("lab")] // a bare stack name: a reference needs the organization and the project
    [TestCase("homelab/lab")]
    [TestCase("organization/homelab/lab/extra")]
    [TestCase("organization//lab")]
    [TestCase("organization/home lab/lab")]
    public void A_lab_stack_that_is_not_fully_qualified_is_refused_naming_the_form(string value)
    {
        var (settings, problem) = ConsumerSettings.Parse(value);

        Assert.That(settings, Is.Null);
        Assert.That(problem, Is.EqualTo($"homelab-consumer:labStack '{value}' is not a fully qualified stack name <organization>/<project>/<stack> "
            + "(letters, digits, '-', '_', '.'; e.g. organization/homelab/lab): a stack reference needs all three parts; "
            + "fix: pulumi config set homelab-consumer:labStack <organization>/homelab/<stack>"));
    }

    [Test]
    public void Control_characters_in_a_bad_value_are_not_echoed()
    {
        var (_, problem) = ConsumerSettings.Parse("org/home\u001b[2Jlab");

        Assert.That(problem, Does.Contain("'org/home?[2Jlab'"));
    }
}
