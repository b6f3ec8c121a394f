using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Consul;
using Pulumi.Consul.Inputs;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Offline.Pulumi.Tests.Providers;

public sealed class ConsulTests
{
    [Test]
    public async Task Provider_registers_as_pulumi_providers_consul_with_its_token_secret()
    {
        var mocks = new RecordingMocks();

        var provider = await DeployAsync(mocks, () => new Provider("consul", new ProviderArgs
        {
            Address = "consul.service.lab:8500",
            Datacenter = "lab",
            Scheme = "https",
            Token = "management-token",
            HttpAuth = "admin:hunter2",
        }));

        var registered = mocks.Single("pulumi:providers:consul");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["address"] = "consul.service.lab:8500",
                ["datacenter"] = "lab",
                ["scheme"] = "https",
                ["token"] = "management-token",
                ["httpAuth"] = "admin:hunter2",
            }));
            Assert.That(await OutputUtilities.GetValueAsync(provider.Token), Is.EqualTo("management-token"));
            Assert.That(await Output.IsSecretAsync(provider.Token), Is.True);
            Assert.That(await Output.IsSecretAsync(provider.HttpAuth), Is.True);
            Assert.That(await Output.IsSecretAsync(provider.Datacenter), Is.False);
        }
    }

    [Test]
    public async Task AclPolicy_sends_its_rules_and_datacenters()
    {
        var mocks = new RecordingMocks();

        var policy = await DeployAsync(mocks, () => new AclPolicy("traefik", new AclPolicyArgs
        {
            Name = "traefik",
            Rules = "service_prefix \"\" { policy = \"read\" }",
            Datacenters = { "lab" },
        }));

        var registered = mocks.Single("consul:index/aclPolicy:AclPolicy");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["name"] = "traefik",
                ["rules"] = "service_prefix \"\" { policy = \"read\" }",
                ["datacenters"] = new object[] { "lab" },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(policy.Rules), Is.EqualTo("service_prefix \"\" { policy = \"read\" }"));
            Assert.That(await OutputUtilities.GetValueAsync(policy.Datacenters), Is.EqualTo(new[] { "lab" }));
            Assert.That(await OutputUtilities.GetValueAsync(policy.Namespace), Is.Null);
        }
    }

    [Test]
    public async Task AclRole_sends_its_identities_as_lists_of_maps()
    {
        var mocks = new RecordingMocks();

        var role = await DeployAsync(mocks, () => new AclRole("nomad-server", new AclRoleArgs
        {
            Name = "nomad-server",
            Policies = { "policy-1" },
            ServiceIdentities = { new AclRoleServiceIdentityArgs { ServiceName = "nomad", Datacenters = { "lab" } } },
            NodeIdentities = { new AclRoleNodeIdentityArgs { NodeName = "pve1", Datacenter = "lab" } },
        }));

        var registered = mocks.Single("consul:index/aclRole:AclRole");
        var service = (await OutputUtilities.GetValueAsync(role.ServiceIdentities)).Single();
        var node = (await OutputUtilities.GetValueAsync(role.NodeIdentities)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["name"] = "nomad-server",
                ["policies"] = new object[] { "policy-1" },
                ["serviceIdentities"] = new object[]
                {
                    new Dictionary<string, object> { ["serviceName"] = "nomad", ["datacenters"] = new object[] { "lab" } },
                },
                ["nodeIdentities"] = new object[]
                {
                    new Dictionary<string, object> { ["nodeName"] = "pve1", ["datacenter"] = "lab" },
                },
            }));
            Assert.That(service.ServiceName, Is.EqualTo("nomad"));
            Assert.That(service.Datacenters, Is.EqualTo(new[] { "lab" }));
            Assert.That(node.NodeName, Is.EqualTo("pve1"));
            Assert.That(node.Datacenter, Is.EqualTo("lab"));
        }
    }

    [Test]
    public async Task AclToken_sends_policies_roles_and_templated_policies()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["consul:index/aclToken:AclToken"] = _ => new Dictionary<string, object> { ["accessorId"] = "acc-7" };

        var token = await DeployAsync(mocks, () => new AclToken("traefik", new AclTokenArgs
        {
            Description = "Traefik catalog reader",
            Policies = { "traefik" },
            Roles = { "edge" },
            Local = true,
            TemplatedPolicies =
            {
                new AclTokenTemplatedPolicyArgs
                {
                    TemplateName = "builtin/service",
                    TemplateVariables = new AclTokenTemplatedPolicyTemplateVariablesArgs { Name = "traefik" },
                },
            },
        }));

        var registered = mocks.Single("consul:index/aclToken:AclToken");
        var templated = (await OutputUtilities.GetValueAsync(token.TemplatedPolicies)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["description"] = "Traefik catalog reader",
                ["policies"] = new object[] { "traefik" },
                ["roles"] = new object[] { "edge" },
                ["local"] = true,
                ["templatedPolicies"] = new object[]
                {
                    new Dictionary<string, object>
                    {
                        ["templateName"] = "builtin/service",
                        ["templateVariables"] = new Dictionary<string, object> { ["name"] = "traefik" },
                    },
                },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(token.AccessorId), Is.EqualTo("acc-7"));
            Assert.That(await OutputUtilities.GetValueAsync(token.Local), Is.True);
            Assert.That(templated.TemplateName, Is.EqualTo("builtin/service"));
            Assert.That(templated.TemplateVariables!.Name, Is.EqualTo("traefik"));
            // A list the state leaves out is a default ImmutableArray, as the real SDK's Converter makes it.
            Assert.That(templated.Datacenters.IsDefault, Is.True);
        }
    }

    [Test]
    public async Task AclAuthMethod_sends_its_config_map_and_namespace_rules()
    {
        var mocks = new RecordingMocks();

        var method = await DeployAsync(mocks, () => new AclAuthMethod("nomad-workloads", new AclAuthMethodArgs
        {
            Name = "nomad-workloads",
            Type = "jwt",
            MaxTokenTtl = "1h",
            Config = { ["JWKSURL"] = "http://nomad:4646/.well-known/jwks.json" },
            NamespaceRules = { new AclAuthMethodNamespaceRuleArgs { BindNamespace = "apps", Selector = "value.nomad_namespace==apps" } },
        }));

        var registered = mocks.Single("consul:index/aclAuthMethod:AclAuthMethod");
        var rule = (await OutputUtilities.GetValueAsync(method.NamespaceRules)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["name"] = "nomad-workloads",
                ["type"] = "jwt",
                ["maxTokenTtl"] = "1h",
                ["config"] = new Dictionary<string, object> { ["JWKSURL"] = "http://nomad:4646/.well-known/jwks.json" },
                ["namespaceRules"] = new object[]
                {
                    new Dictionary<string, object> { ["bindNamespace"] = "apps", ["selector"] = "value.nomad_namespace==apps" },
                },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(method.Config), Is.EqualTo(new Dictionary<string, string>
            {
                ["JWKSURL"] = "http://nomad:4646/.well-known/jwks.json",
            }));
            Assert.That(rule.BindNamespace, Is.EqualTo("apps"));
            Assert.That(rule.Selector, Is.EqualTo("value.nomad_namespace==apps"));
        }
    }

    [Test]
    public async Task AclBindingRule_sends_its_bind_vars()
    {
        var mocks = new RecordingMocks();

        var rule = await DeployAsync(mocks, () => new AclBindingRule("nomad-services", new AclBindingRuleArgs
        {
            AuthMethod = "nomad-workloads",
            BindType = "templated-policy",
            BindName = "builtin/service",
            BindVars = new AclBindingRuleBindVarsArgs { Name = "${value.nomad_service}" },
            Selector = "\"nomad_service\" in value",
        }));

        var registered = mocks.Single("consul:index/aclBindingRule:AclBindingRule");
        var bindVars = await OutputUtilities.GetValueAsync(rule.BindVars);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["authMethod"] = "nomad-workloads",
                ["bindType"] = "templated-policy",
                ["bindName"] = "builtin/service",
                ["bindVars"] = new Dictionary<string, object> { ["name"] = "${value.nomad_service}" },
                ["selector"] = "\"nomad_service\" in value",
            }));
            Assert.That(bindVars!.Name, Is.EqualTo("${value.nomad_service}"));
            Assert.That(await OutputUtilities.GetValueAsync(rule.BindType), Is.EqualTo("templated-policy"));
        }
    }

    [Test]
    public async Task ConfigEntry_sends_its_kind_and_json_config()
    {
        var mocks = new RecordingMocks();

        var entry = await DeployAsync(mocks, () => new ConfigEntry("grafana-defaults", new ConfigEntryArgs
        {
            Kind = "service-defaults",
            Name = "grafana",
            ConfigJson = "{\"Protocol\":\"http\"}",
        }));

        var registered = mocks.Single("consul:index/configEntry:ConfigEntry");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["kind"] = "service-defaults",
                ["name"] = "grafana",
                ["configJson"] = "{\"Protocol\":\"http\"}",
            }));
            Assert.That(await OutputUtilities.GetValueAsync(entry.Kind), Is.EqualTo("service-defaults"));
            Assert.That(await OutputUtilities.GetValueAsync(entry.ConfigJson), Is.EqualTo("{\"Protocol\":\"http\"}"));
        }
    }

    [Test]
    public async Task KeyPrefix_sends_subkeys_through_the_given_provider_and_keeps_its_token_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["consul:index/keyPrefix:KeyPrefix"] = _ => new Dictionary<string, object> { ["datacenter"] = "lab" };
        Provider? provider = null;

        var prefix = await DeployAsync(mocks, () =>
        {
            provider = new Provider("consul", new ProviderArgs { Address = "consul:8500" });
            return new KeyPrefix("traefik-config", new KeyPrefixArgs
            {
                PathPrefix = "traefik/",
                Token = "kv-token",
                Subkeys = { ["entrypoints/web/address"] = ":80" },
                SubkeyCollection = { new KeyPrefixSubkeyCollectionArgs { Path = "log/level", Value = "INFO", Flags = 2 } },
            }, new CustomResourceOptions { Provider = provider });
        });

        var registered = mocks.Single("consul:index/keyPrefix:KeyPrefix");
        var providerUrn = await OutputUtilities.GetValueAsync(provider!.Urn);
        var subkey = (await OutputUtilities.GetValueAsync(prefix.SubkeyCollection)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Provider, Is.EqualTo($"{providerUrn}::consul_id"));
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["pathPrefix"] = "traefik/",
                ["token"] = "kv-token",
                ["subkeys"] = new Dictionary<string, object> { ["entrypoints/web/address"] = ":80" },
                ["subkeyCollection"] = new object[]
                {
                    new Dictionary<string, object> { ["path"] = "log/level", ["value"] = "INFO", ["flags"] = 2.0 },
                },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(prefix.Datacenter), Is.EqualTo("lab"));
            Assert.That(await OutputUtilities.GetValueAsync(prefix.Token), Is.EqualTo("kv-token"));
            Assert.That(await Output.IsSecretAsync(prefix.Token), Is.True);
            Assert.That(subkey.Path, Is.EqualTo("log/level"));
            Assert.That(subkey.Value, Is.EqualTo("INFO"));
            Assert.That(subkey.Flags, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task AclRolePolicyAttachment_sends_the_role_and_policy()
    {
        var mocks = new RecordingMocks();

        var attachment = await DeployAsync(mocks, () => new AclRolePolicyAttachment("edge-traefik", new AclRolePolicyAttachmentArgs
        {
            RoleId = "role-1",
            Policy = "traefik",
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mocks.Single("consul:index/aclRolePolicyAttachment:AclRolePolicyAttachment").Inputs,
                Is.EqualTo(new Dictionary<string, object> { ["roleId"] = "role-1", ["policy"] = "traefik" }));
            Assert.That(await OutputUtilities.GetValueAsync(attachment.RoleId), Is.EqualTo("role-1"));
        }
    }

    [Test]
    public async Task AclTokenPolicyAttachment_sends_the_token_and_policy()
    {
        var mocks = new RecordingMocks();

        var attachment = await DeployAsync(mocks, () => new AclTokenPolicyAttachment("anonymous-dns", new AclTokenPolicyAttachmentArgs
        {
            TokenId = "00000000-0000-0000-0000-000000000002",
            Policy = "dns-read",
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mocks.Single("consul:index/aclTokenPolicyAttachment:AclTokenPolicyAttachment").Inputs,
                Is.EqualTo(new Dictionary<string, object> { ["tokenId"] = "00000000-0000-0000-0000-000000000002", ["policy"] = "dns-read" }));
            Assert.That(await OutputUtilities.GetValueAsync(attachment.Policy), Is.EqualTo("dns-read"));
        }
    }

    [Test]
    public async Task AclTokenRoleAttachment_sends_the_token_and_role()
    {
        var mocks = new RecordingMocks();

        var attachment = await DeployAsync(mocks, () => new AclTokenRoleAttachment("traefik-edge", new AclTokenRoleAttachmentArgs
        {
            TokenId = "acc-7",
            Role = "edge",
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mocks.Single("consul:index/aclTokenRoleAttachment:AclTokenRoleAttachment").Inputs,
                Is.EqualTo(new Dictionary<string, object> { ["tokenId"] = "acc-7", ["role"] = "edge" }));
            Assert.That(await OutputUtilities.GetValueAsync(attachment.Role), Is.EqualTo("edge"));
        }
    }

    [Test]
    public async Task GetAclTokenSecretId_asks_the_parents_consul_provider_for_the_secret_of_an_accessor_id()
    {
        var mocks = new RecordingMocks();
        // Normally generated by Consul.
        mocks.Computed["consul:index/aclToken:AclToken"] = token => new Dictionary<string, object> { ["accessorId"] = $"{token.Name}-accessor" };
        mocks.Functions["consul:index/getAclTokenSecretId:getAclTokenSecretId"] = call => new Dictionary<string, object>
        {
            ["accessorId"] = call.Args["accessorId"],
            ["id"] = call.Args["accessorId"],
            ["secretId"] = "secret-of-" + call.Args["accessorId"],
            ["encryptedSecretId"] = "",
        };
        Output<GetAclTokenSecretIdResult> result = null!;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () =>
        {
            var provider = new Provider("consul", new ProviderArgs { Address = "192.168.10.120:8501", Scheme = "https" });
            var token = new AclToken("fabio", new AclTokenArgs { Policies = { "fabio" } }, new CustomResourceOptions { Provider = provider });
            result = GetAclTokenSecretId.Invoke(new GetAclTokenSecretIdInvokeArgs { AccessorId = token.AccessorId }, new InvokeOptions { Provider = provider });
        });

        var call = mocks.Calls.Single();
        var secret = await OutputUtilities.GetValueAsync(result);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(call.Args, Is.EqualTo(new Dictionary<string, object> { ["accessorId"] = "fabio-accessor" }));
            Assert.That(call.Provider, Does.EndWith("pulumi:providers:consul::consul::consul_id"));
            Assert.That(secret.SecretId, Is.EqualTo("secret-of-fabio-accessor"));
            Assert.That(secret.Namespace, Is.Null);
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
