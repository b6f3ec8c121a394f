using Consumer.App;
using Consumer.App.Synth;
using Pulumi;

// `synth <stack>` renders the consumer offline from the lab's own synth; anything else is the Pulumi program the CLI runs.
return args switch
{
    ["synth", .. var rest] => await ConsumerSynth.RunAsync(rest, Directory.GetCurrentDirectory(), Console.Error),
    _ => await Deployment.RunAsync<ConsumerStack>(),
};
