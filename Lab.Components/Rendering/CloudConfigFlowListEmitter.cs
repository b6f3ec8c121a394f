using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Lab.Components.Rendering;

/// <summary>Writes every <see cref="CloudConfigFlowList"/> in flow style; every other sequence stays in block style.</summary>
internal sealed class CloudConfigFlowListEmitter(IEventEmitter nextEmitter) : ChainedEventEmitter(nextEmitter)
{
    public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
    {
        if (eventInfo.Source.Type == typeof(CloudConfigFlowList))
        {
            eventInfo.Style = SequenceStyle.Flow;
        }

        base.Emit(eventInfo, emitter);
    }
}
