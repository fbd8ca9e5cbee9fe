using System.Diagnostics.Metrics;
using DanVan.Media.Services;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Hardening;

/// <summary>Counts the resizes (originals read to make a variant) one site made of one file, from the media module's meter.</summary>
public sealed class ResizeCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public ResizeCounter(IServiceProvider services, string tenant, string path)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ImageVariants.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? taggedTenant = null, taggedPath = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "tenant")
                {
                    taggedTenant = tag.Value as string;
                }
                else if (tag.Key == "path")
                {
                    taggedPath = tag.Value as string;
                }
            }

            if (taggedTenant == tenant && taggedPath == path)
            {
                Interlocked.Add(ref _count, value);
            }
        });
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
