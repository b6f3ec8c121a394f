using System.Text.Json.Nodes;
using Lab.Infra.Synth.Diff;

namespace Lab.Tests.Synth.Diff;

[Parallelizable(ParallelScope.All)]
public class ReplaceRulesTests
{
    [TestCase("proxmoxve:index/vmLegacy:VmLegacy", "initialization.userDataFileId", true)] // a new cloud-init snippet is a new VM
    [TestCase("proxmoxve:index/vmLegacy:VmLegacy", "clone.vmId", true)] // under a replace-on-change block
    [TestCase("proxmoxve:index/vmLegacy:VmLegacy", "disks[0].fileId", true)] // an array index matches []
    [TestCase("proxmoxve:index/vmLegacy:VmLegacy", "disks[0].size", false)] // disks grow in place
    [TestCase("proxmoxve:index/vmLegacy:VmLegacy", "memory.dedicated", false)]
    [TestCase("proxmoxve:index/vmLegacy:VmLegacy", "vmIdentity", false)] // a prefix must end at a path boundary
    [TestCase("proxmoxve:index/fileLegacy:FileLegacy", "sourceRaw.data", true)]
    [TestCase("command:remote:Command", "triggers[0]", true)]
    [TestCase("command:remote:Command", "create", false)] // an update: create runs again
    [TestCase("command:remote:Command", "stdin", false)]
    [TestCase("tls:index/locallySignedCert:LocallySignedCert", "certRequestPem", true)]
    [TestCase("tls:index/locallySignedCert:LocallySignedCert", "earlyRenewalHours", false)]
    [TestCase("random:index/randomPassword:RandomPassword", "special", true)] // every input
    [TestCase("random:index/randomUuid:RandomUuid", "keepers.node", true)]
    [TestCase("cloudflare:index/dnsRecord:DnsRecord", "content", false)]
    [TestCase("cloudflare:index/dnsRecord:DnsRecord", "type", true)]
    [TestCase("consul:index/aclToken:AclToken", "policies[0]", false)]
    [TestCase("consul:index/aclToken:AclToken", "local", true)]
    public void Rule_says_whether_a_changed_input_replaces(string type, string path, bool replaces)
    {
        Assert.That(ReplaceRules.ByType[type].Covers(path), Is.EqualTo(replaces));
    }

    [Test]
    public void Every_rule_names_its_source()
    {
        Assert.That(ReplaceRules.ByType.Values.Where(r => !r.Source.Contains(" v", StringComparison.Ordinal)).Select(r => r.Type), Is.Empty);
    }

    [TestCase("""{"Job":{"ID":"web","Namespace":"apps"}}""", """{"Job":{"ID":"web2","Namespace":"apps"}}""", "the job's ID changed (web to web2) and `deregisterOnIdChange` is not false")]
    [TestCase("""{"Job":{"ID":"web"}}""", """{"Job":{"ID":"web","Namespace":"apps"}}""", "the job's namespace changed (default to apps)")]
    [TestCase("""{"Job":{"ID":"web","Datacenters":["dc1"]}}""", """{"Job":{"ID":"web","Datacenters":["dc2"]}}""", null)] // an update
    public void A_nomad_job_is_replaced_when_its_id_or_namespace_changes(string before, string after, string? reason)
    {
        var rule = ReplaceRules.ByType["nomad:index/job:Job"];

        Assert.That(rule.Custom!(new JsonObject { ["jobspec"] = before }, new JsonObject { ["jobspec"] = after }), Is.EqualTo(reason));
    }

    [Test]
    public void Moving_a_vm_to_another_node_replaces_it_unless_it_migrates()
    {
        var rule = ReplaceRules.ByType["proxmoxve:index/vmLegacy:VmLegacy"];

        Assert.That(rule.Custom!(new JsonObject { ["nodeName"] = "pve0" }, new JsonObject { ["nodeName"] = "pve1" }), Is.Not.Null);
        Assert.That(rule.Custom!(new JsonObject { ["nodeName"] = "pve0" }, new JsonObject { ["nodeName"] = "pve1", ["migrate"] = true }), Is.Null);
    }
}
