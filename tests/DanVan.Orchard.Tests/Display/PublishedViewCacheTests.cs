using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Display;

/// <summary>
/// The cache of published items' view models: per tenant shell and content generation, only found items stored,
/// bounded in bytes, and gone with a released shell.
/// </summary>
public sealed class PublishedViewCacheTests
{
    private const string Kind = "Test.Show";

    [Fact]
    public async Task A_second_read_in_the_same_generation_is_served_without_loading()
    {
        using var cache = NewCache(1);
        var shell = new FakeShell("HoaAn");
        var loads = 0;

        var first = await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "A"), Size);
        var second = await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "A again"), Size);

        Assert.Equal("A", first!.Text);
        Assert.Same(first, second);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_new_content_generation_loads_again()
    {
        using var cache = NewCache(1);
        var shell = new FakeShell("HoaAn");
        var loads = 0;
        await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "before"), Size);

        shell.SignalChanged();
        var after = await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "after"), Size);

        Assert.Equal("after", after!.Text);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task Two_tenants_with_the_same_path_and_generation_never_share_an_entry()
    {
        using var cache = NewCache(1);
        var hoaAn = new FakeShell("HoaAn");
        var traLinh = new FakeShell("TraLinh");
        var loads = 0;

        await cache.GetOrAddAsync(hoaAn, Kind, "tin-tuc/a", () => Load(ref loads, "Hòa An"), Size);
        var other = await cache.GetOrAddAsync(traLinh, Kind, "tin-tuc/a", () => Load(ref loads, "Trà Lĩnh"), Size);

        Assert.Equal("Trà Lĩnh", other!.Text);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task The_same_key_of_another_kind_is_another_entry()
    {
        using var cache = NewCache(1);
        var shell = new FakeShell("HoaAn");
        var loads = 0;

        await cache.GetOrAddAsync(shell, Kind, "x", () => Load(ref loads, "one"), Size);
        var other = await cache.GetOrAddAsync(shell, "Other.Show", "x", () => Load(ref loads, "two"), Size);

        Assert.Equal("two", other!.Text);
    }

    [Fact]
    public async Task An_item_not_found_is_not_stored_so_made_up_paths_cannot_fill_the_cache()
    {
        using var cache = NewCache(1);
        var shell = new FakeShell("HoaAn");

        for (var i = 0; i < 100; i++)
        {
            Assert.Null(await cache.GetOrAddAsync(shell, Kind, "tin-tuc/khong-co-" + i, () => Task.FromResult<Model?>(null), Size));
        }

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task What_does_not_fit_the_size_limit_is_not_kept()
    {
        using var cache = NewCache(1);
        var shell = new FakeShell("HoaAn");
        var loads = 0;

        // 1 MiB of limit, entries of 300 KB: at most three are held at once, whatever is asked.
        for (var i = 0; i < 20; i++)
        {
            await cache.GetOrAddAsync(shell, Kind, "tin-tuc/" + i, () => Load(ref loads, "x"), _ => 300 * 1024);
        }

        Assert.InRange(cache.Count, 0, 3);
    }

    [Fact]
    public async Task A_released_shell_takes_its_entries_with_it()
    {
        using var cache = NewCache(1);
        var shell = new FakeShell("HoaAn");
        var loads = 0;
        await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "A"), Size);

        shell.Release();
        await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "A"), Size);

        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task A_size_limit_of_zero_turns_the_cache_off()
    {
        using var cache = NewCache(0);
        var shell = new FakeShell("HoaAn");
        var loads = 0;

        await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "A"), Size);
        await cache.GetOrAddAsync(shell, Kind, "tin-tuc/a", () => Load(ref loads, "A"), Size);

        Assert.Equal(2, loads);
        Assert.Equal(0, cache.Count);
    }

    private static PublishedViewCache NewCache(int sizeLimitMB) =>
        new(Options.Create(new PublishedViewCacheOptions { SizeLimitMB = sizeLimitMB }));

    private static Task<Model?> Load(ref int loads, string text)
    {
        loads++;
        return Task.FromResult<Model?>(new Model(text));
    }

    private static long Size(Model model) => model.Text.Length * 2;

    private sealed record Model(string Text);

    private sealed class FakeShell(string name) : ITenantShell
    {
        private readonly CancellationTokenSource _released = new();
        private long _generation = 1;

        public TenantSettings Settings { get; } = new() { Name = name };

        public TenantCache Cache { get; } = new();

        public CancellationToken Released => _released.Token;

        public long ContentGeneration => Interlocked.Read(ref _generation);

        public long AnyContentGeneration => ContentGeneration;

        public void SignalChanged() => Interlocked.Increment(ref _generation);

        public void Release() => _released.Cancel();

        public ValueTask<bool> EnsureDatabaseAvailableAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

        public Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
