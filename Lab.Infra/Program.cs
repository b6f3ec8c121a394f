using Lab.Infra;
using Lab.Infra.Bench;
using Lab.Infra.Synth;
using Pulumi;

// `synth <stack>` renders the lab offline under mocks, `synth diff <base> <head>` compares two renders and `bench`
// times synth; anything else is the Pulumi program the CLI runs.
return args switch
{
    ["synth", "diff", .. var folders] => await SynthDiffCommand.RunAsync(folders, Directory.GetCurrentDirectory(), Console.Out, Console.Error),
    ["synth", .. var rest] => await SynthCommand.RunAsync(rest, Directory.GetCurrentDirectory(), Console.Error),
    ["bench", .. var options] => await BenchCommand.RunAsync(options, Directory.GetCurrentDirectory(), Console.Out, Console.Error),
    _ => await Deployment.RunAsync<LabStack>(),
};
