using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Random;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Offline.Pulumi.Tests.Providers;

public sealed class RandomTests
{
    [Test]
    public async Task RandomPassword_registers_with_its_token_and_marks_result_and_hash_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["random:index/randomPassword:RandomPassword"] = _ => new Dictionary<string, object>
        {
            ["result"] = "Xk2-9qLr",
            ["bcryptHash"] = "$2a$10$abc",
        };

        var password = await DeployAsync(mocks, () => new RandomPassword("grafana-admin", new RandomPasswordArgs
        {
            Length = 24,
            Special = false,
            MinNumeric = 2,
            Keepers = { ["rotation"] = "2024-q1" },
        }));

        var registered = mocks.Single("random:index/randomPassword:RandomPassword");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["length"] = 24.0,
                ["special"] = false,
                ["minNumeric"] = 2.0,
                ["keepers"] = new Dictionary<string, object> { ["rotation"] = "2024-q1" },
            }));
            Assert.That(registered.Inputs["length"], Is.TypeOf<double>());
            Assert.That(await OutputUtilities.GetValueAsync(password.Result), Is.EqualTo("Xk2-9qLr"));
            Assert.That(await OutputUtilities.GetValueAsync(password.BcryptHash), Is.EqualTo("$2a$10$abc"));
            Assert.That(await OutputUtilities.GetValueAsync(password.Length), Is.EqualTo(24));
            Assert.That(await OutputUtilities.GetValueAsync(password.Special), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(password.Keepers), Is.EqualTo(new Dictionary<string, string> { ["rotation"] = "2024-q1" }));
            Assert.That(await Output.IsSecretAsync(password.Result), Is.True);
            Assert.That(await Output.IsSecretAsync(password.BcryptHash), Is.True);
            Assert.That(await Output.IsSecretAsync(password.Length), Is.False);
        }
    }

    [Test]
    public async Task RandomBytes_registers_with_its_token_and_marks_encodings_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["random:index/randomBytes:RandomBytes"] = _ => new Dictionary<string, object>
        {
            ["base64"] = "q83vEjRWeJA=",
            ["hex"] = "abcdef1234567890",
        };

        var bytes = await DeployAsync(mocks, () => new RandomBytes("nomad-gossip-key", new RandomBytesArgs { Length = 32 }));

        var registered = mocks.Single("random:index/randomBytes:RandomBytes");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object> { ["length"] = 32.0 }));
            Assert.That(await OutputUtilities.GetValueAsync(bytes.Base64), Is.EqualTo("q83vEjRWeJA="));
            Assert.That(await OutputUtilities.GetValueAsync(bytes.Hex), Is.EqualTo("abcdef1234567890"));
            Assert.That(await OutputUtilities.GetValueAsync(bytes.Length), Is.EqualTo(32));
            Assert.That(await Output.IsSecretAsync(bytes.Base64), Is.True);
            Assert.That(await Output.IsSecretAsync(bytes.Hex), Is.True);
        }
    }

    [Test]
    public async Task RandomUuid_registers_without_inputs_and_reads_its_result()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["random:index/randomUuid:RandomUuid"] = _ => new Dictionary<string, object>
        {
            ["result"] = "6f1c2d3e-0000-4000-8000-000000000001",
        };

        var uuid = await DeployAsync(mocks, () => new RandomUuid("consul-bootstrap-token"));

        var registered = mocks.Single("random:index/randomUuid:RandomUuid");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.Empty);
            Assert.That(await OutputUtilities.GetValueAsync(uuid.Result), Is.EqualTo("6f1c2d3e-0000-4000-8000-000000000001"));
            Assert.That(await Output.IsSecretAsync(uuid.Result), Is.False);
        }
    }

    [Test]
    public async Task RandomId_sends_byte_length_and_prefix_and_reads_its_encodings()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["random:index/randomId:RandomId"] = _ => new Dictionary<string, object>
        {
            ["hex"] = "lab-1a2b",
            ["b64Url"] = "lab-Gis",
            ["dec"] = "lab-6699",
        };

        var id = await DeployAsync(mocks, () => new RandomId("suffix", new RandomIdArgs { ByteLength = 2, Prefix = "lab-" }));

        var registered = mocks.Single("random:index/randomId:RandomId");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object> { ["byteLength"] = 2.0, ["prefix"] = "lab-" }));
            Assert.That(await OutputUtilities.GetValueAsync(id.Hex), Is.EqualTo("lab-1a2b"));
            Assert.That(await OutputUtilities.GetValueAsync(id.B64Url), Is.EqualTo("lab-Gis"));
            Assert.That(await OutputUtilities.GetValueAsync(id.Dec), Is.EqualTo("lab-6699"));
            Assert.That(await OutputUtilities.GetValueAsync(id.ByteLength), Is.EqualTo(2));
            Assert.That(await OutputUtilities.GetValueAsync(id.Prefix), Is.EqualTo("lab-"));
        }
    }

    [Test]
    public async Task RandomString_sends_its_character_rules_and_reads_its_result()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["random:index/randomString:RandomString"] = _ => new Dictionary<string, object> { ["result"] = "abcxyz" };

        var value = await DeployAsync(mocks, () => new RandomString("bucket-suffix", new RandomStringArgs
        {
            Length = 6,
            Upper = false,
            Numeric = false,
            OverrideSpecial = "-_",
        }));

        var registered = mocks.Single("random:index/randomString:RandomString");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["length"] = 6.0,
                ["upper"] = false,
                ["numeric"] = false,
                ["overrideSpecial"] = "-_",
            }));
            Assert.That(await OutputUtilities.GetValueAsync(value.Result), Is.EqualTo("abcxyz"));
            Assert.That(await OutputUtilities.GetValueAsync(value.OverrideSpecial), Is.EqualTo("-_"));
            Assert.That(await OutputUtilities.GetValueAsync(value.Upper), Is.False);
        }
    }

    [Test]
    public async Task RandomInteger_sends_its_bounds_and_reads_an_int_result()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["random:index/randomInteger:RandomInteger"] = _ => new Dictionary<string, object> { ["result"] = 30123 };

        var port = await DeployAsync(mocks, () => new RandomInteger("ingress-port", new RandomIntegerArgs
        {
            Min = 30000,
            Max = 32767,
            Seed = "lab",
        }));

        var registered = mocks.Single("random:index/randomInteger:RandomInteger");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["min"] = 30000.0,
                ["max"] = 32767.0,
                ["seed"] = "lab",
            }));
            Assert.That(await OutputUtilities.GetValueAsync(port.Result), Is.EqualTo(30123));
            Assert.That(await OutputUtilities.GetValueAsync(port.Min), Is.EqualTo(30000));
            Assert.That(await OutputUtilities.GetValueAsync(port.Max), Is.EqualTo(32767));
        }
    }

    [Test]
    public async Task RandomPet_registers_with_optional_args_and_reads_its_id()
    {
        var mocks = new RecordingMocks();

        var pet = await DeployAsync(mocks, () => new RandomPet("cluster-name", new RandomPetArgs { Length = 2, Separator = "-" }));

        var registered = mocks.Single("random:index/randomPet:RandomPet");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object> { ["length"] = 2.0, ["separator"] = "-" }));
            Assert.That(await OutputUtilities.GetValueAsync(pet.Id), Is.EqualTo("cluster-name_id"));
            Assert.That(await OutputUtilities.GetValueAsync(pet.Length), Is.EqualTo(2));
            Assert.That(await OutputUtilities.GetValueAsync(pet.Separator), Is.EqualTo("-"));
            Assert.That(await OutputUtilities.GetValueAsync(pet.Prefix), Is.Null);
        }
    }

    [Test]
    public async Task RandomShuffle_sends_its_inputs_list_and_reads_the_results_list()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["random:index/randomShuffle:RandomShuffle"] = _ => new Dictionary<string, object>
        {
            ["results"] = new[] { "pve2" },
        };

        var shuffle = await DeployAsync(mocks, () => new RandomShuffle("placement", new RandomShuffleArgs
        {
            Inputs = { "pve1", "pve2", "pve3" },
            ResultCount = 1,
        }));

        var registered = mocks.Single("random:index/randomShuffle:RandomShuffle");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["inputs"] = new object[] { "pve1", "pve2", "pve3" },
                ["resultCount"] = 1.0,
            }));
            Assert.That(await OutputUtilities.GetValueAsync(shuffle.Inputs), Is.EqualTo(new[] { "pve1", "pve2", "pve3" }));
            Assert.That(await OutputUtilities.GetValueAsync(shuffle.Results), Is.EqualTo(new[] { "pve2" }));
            Assert.That(await OutputUtilities.GetValueAsync(shuffle.ResultCount), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Provider_registers_as_pulumi_providers_random_and_is_referenced_by_its_resources()
    {
        var mocks = new RecordingMocks();
        Provider? provider = null;

        var uuid = await DeployAsync(mocks, () =>
        {
            provider = new Provider("random");
            return new RandomUuid("with-provider", null, new CustomResourceOptions { Provider = provider });
        });

        var providerUrn = await OutputUtilities.GetValueAsync(provider!.Urn);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mocks.Single("pulumi:providers:random").Inputs, Is.Empty);
            Assert.That(mocks.Single("random:index/randomUuid:RandomUuid").Provider, Is.EqualTo($"{providerUrn}::random_id"));
            Assert.That(await OutputUtilities.GetValueAsync(uuid.Id), Is.EqualTo("with-provider_id"));
        }
    }

    private static async Task<T> DeployAsync<T>(RecordingMocks mocks, Func<T> create)
        where T : Resource
    {
        T? created = null;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () => { created = create(); });
        return created!;
    }
}
