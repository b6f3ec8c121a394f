using Lab.Infra;
using Lab.Infra.Synth;
using Pulumi;

// `synth <stack>` renders the lab offline under mocks; anything else is the Pulumi program the CLI runs.
return args is ["synth", .. var rest]
    ? await SynthCommand.RunAsync(rest, Directory.GetCurrentDirectory(), Console.Error)
    : await Deployment.RunAsync<LabStack>();
