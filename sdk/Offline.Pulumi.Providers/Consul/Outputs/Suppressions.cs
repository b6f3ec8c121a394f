using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Design", "CA1051:Do not declare visible instance fields", Scope = "namespaceanddescendants",
    Target = "~N:Pulumi.Consul.Outputs", Justification = "Output types expose public readonly fields, as in the real Pulumi.Consul SDK.")]
