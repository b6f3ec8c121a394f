using Lab.Components;
using Lab.Infra.Synth;
using static Lab.Tests.Guardrails.GraphValues;

namespace Lab.Tests.Guardrails;

/// <summary>
/// A replaced VM is configured again, and what changes often never replaces one. The VM's identity is the MAC address
/// Proxmox draws when it creates the VM (synth fakes it per VM): the VM id and the IP are pinned and stay the same.
/// </summary>
public class ReplacementGuardrails
{
    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_command_that_configures_a_vm_reruns_when_the_vm_is_replaced(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var vms = graph.Resources.Where(r => r.Type == VmType).ToList();

        Assert.That(vms, Is.Not.Empty);
        foreach (var vm in vms)
        {
            var identity = SynthComputed.Mac(vm.Name, 0);
            var commands = graph.CommandsOn(VmIp(vm)).ToList();
            Assert.That(commands, Is.Not.Empty, vm.Name);
            Assert.That(commands.Where(c => !List(c.Inputs.GetValueOrDefault("triggers")).Contains(identity)).Select(c => c.Name), Is.Empty,
                $"these commands on {vm.Name} would not run again on a new VM");
        }
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task Every_vm_is_deleted_before_it_is_replaced_because_its_id_and_ip_are_pinned(string stack)
    {
        var vms = (await StackGraph.OfAsync(stack)).Resources.Where(r => r.Type == VmType).ToList();

        Assert.That(vms, Is.Not.Empty);
        Assert.That(vms.Where(v => !v.DeleteBeforeReplace).Select(v => v.Name), Is.Empty);
        Assert.That(vms.Select(v => v.Inputs["vmId"]), Is.Unique);
    }

    [TestCaseSource(typeof(StackGraph), nameof(StackGraph.Stacks))]
    public async Task No_vm_input_holds_a_package_version_or_a_snippet(string stack)
    {
        var graph = await StackGraph.OfAsync(stack);
        var vms = graph.Resources.Where(r => r.Type == VmType).ToList();

        Assert.Multiple(() =>
        {
            foreach (var vm in vms)
            {
                var inputs = SynthJson.Write(writer => SynthJson.WriteValue(writer, vm.Inputs));
                Assert.That(inputs, Does.Not.Contain(Versions.Nomad).And.Not.Contain(Versions.Consul).And.Not.Contain(Versions.NomadDriverPodman), vm.Name);
                Assert.That(vm.At("initialization", "userDataFileId"), Is.Null, $"{vm.Name}: a snippet needs SSH to the PVE node");
            }
            Assert.That(graph.Resources.Where(r => r.Type == "proxmoxve:index/fileLegacy:FileLegacy").Select(r => r.Name), Is.Empty);
        });
    }
}
