using System.Text;
using DanVan.Orchard.Media;

namespace DanVan.Orchard.Tests.Media;

/// <summary>What every <see cref="IMediaStore"/> must do; each implementation's test class runs these against the real store.</summary>
public abstract class MediaStoreContract
{
    protected abstract IMediaStore Store { get; }

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> ReadAsync(string tenant, string path)
    {
        await using var stream = await Store.OpenReadAsync(tenant, path, CancellationToken.None);
        Assert.NotNull(stream);
        return await new StreamReader(stream).ReadToEndAsync();
    }

    [Fact]
    public async Task A_written_file_reads_back_with_its_size_and_a_validator()
    {
        await Store.WriteAsync("HoaAn", "anh/hoi-nghi.txt", Bytes("nội dung"), CancellationToken.None);

        var file = await Store.GetFileAsync("HoaAn", "anh/hoi-nghi.txt", CancellationToken.None);

        Assert.NotNull(file);
        Assert.Equal(Encoding.UTF8.GetByteCount("nội dung"), file.Length);
        Assert.False(string.IsNullOrEmpty(file.ETag));
        Assert.Equal("nội dung", await ReadAsync("HoaAn", "anh/hoi-nghi.txt"));
    }

    [Fact]
    public async Task Overwriting_replaces_the_content_and_changes_the_validator()
    {
        await Store.WriteAsync("HoaAn", "ghi-de.txt", Bytes("một"), CancellationToken.None);
        var first = await Store.GetFileAsync("HoaAn", "ghi-de.txt", CancellationToken.None);
        await Store.WriteAsync("HoaAn", "ghi-de.txt", Bytes("hai và ba"), CancellationToken.None);
        var second = await Store.GetFileAsync("HoaAn", "ghi-de.txt", CancellationToken.None);

        Assert.Equal("hai và ba", await ReadAsync("HoaAn", "ghi-de.txt"));
        Assert.NotEqual(first!.ETag, second!.ETag);
    }

    [Fact]
    public async Task Create_writes_a_new_file_but_never_replaces_one()
    {
        Assert.True(await Store.TryCreateAsync("HoaAn", "moi/tao.txt", Bytes("đầu tiên"), CancellationToken.None));

        Assert.False(await Store.TryCreateAsync("HoaAn", "moi/tao.txt", Bytes("thứ hai"), CancellationToken.None));

        Assert.Equal("đầu tiên", await ReadAsync("HoaAn", "moi/tao.txt"));
        Assert.DoesNotContain(await Store.ListAsync("HoaAn", "moi", CancellationToken.None), e => e.Name != "tao.txt");
    }

    [Fact]
    public async Task Of_twenty_parallel_creates_of_one_name_exactly_one_wins_and_its_content_is_whole()
    {
        var contents = Enumerable.Range(0, 20).Select(i => $"tệp số {i} " + new string('x', 50_000 + i)).ToArray();
        var start = new TaskCompletionSource();

        var racers = contents.Select(text => Task.Run(async () =>
        {
            await start.Task;
            return await Store.TryCreateAsync("HoaAn", "dua/cung-ten.txt", Bytes(text), CancellationToken.None);
        })).ToArray();
        start.SetResult();
        var results = await Task.WhenAll(racers);

        Assert.Single(results, won => won);
        Assert.Equal(contents[Array.IndexOf(results, true)], await ReadAsync("HoaAn", "dua/cung-ten.txt"));
        Assert.Single(await Store.ListAsync("HoaAn", "dua", CancellationToken.None));
    }

    [Fact]
    public async Task One_tenant_never_sees_another_tenants_files()
    {
        await Store.WriteAsync("HoaAn", "rieng/bao-cao.txt", Bytes("của Hòa An"), CancellationToken.None);

        Assert.Null(await Store.GetFileAsync("TraLinh", "rieng/bao-cao.txt", CancellationToken.None));
        Assert.Null(await Store.OpenReadAsync("TraLinh", "rieng/bao-cao.txt", CancellationToken.None));
        Assert.Empty(await Store.ListAsync("TraLinh", "rieng", CancellationToken.None));
        Assert.False(await Store.DeleteAsync("TraLinh", "rieng/bao-cao.txt", CancellationToken.None));
        Assert.NotNull(await Store.GetFileAsync("HoaAn", "rieng/bao-cao.txt", CancellationToken.None));
    }

    [Theory]
    [InlineData("../TraLinh/Media/a.txt")]
    [InlineData("%2e%2e/%2e%2e/a.txt")]
    [InlineData("a\\..\\..\\b.txt")]
    public async Task Paths_that_climb_out_are_refused(string path)
    {
        await Assert.ThrowsAsync<MediaPathException>(() => Store.WriteAsync("HoaAn", path, Bytes("x"), CancellationToken.None));
    }

    [Fact]
    public async Task Folders_list_their_files_and_subfolders()
    {
        await Store.WriteAsync("TraLinh", "thu-muc/a.txt", Bytes("a"), CancellationToken.None);
        await Store.WriteAsync("TraLinh", "thu-muc/con/b.txt", Bytes("b"), CancellationToken.None);

        var entries = await Store.ListAsync("TraLinh", "thu-muc", CancellationToken.None);

        Assert.Contains(entries, e => e is { Name: "con", IsFolder: true, Path: "thu-muc/con" });
        Assert.Contains(entries, e => e is { Name: "a.txt", IsFolder: false, Path: "thu-muc/a.txt", Length: 1 });
        Assert.DoesNotContain(entries, e => e.Name == "b.txt");
    }

    [Fact]
    public async Task Files_move_and_delete()
    {
        await Store.WriteAsync("TraLinh", "di-chuyen/a.txt", Bytes("a"), CancellationToken.None);

        await Store.MoveAsync("TraLinh", "di-chuyen/a.txt", "noi-moi/b.txt", CancellationToken.None);

        Assert.Null(await Store.GetFileAsync("TraLinh", "di-chuyen/a.txt", CancellationToken.None));
        Assert.Equal("a", await ReadAsync("TraLinh", "noi-moi/b.txt"));
        Assert.True(await Store.DeleteAsync("TraLinh", "noi-moi/b.txt", CancellationToken.None));
        Assert.Null(await Store.GetFileAsync("TraLinh", "noi-moi/b.txt", CancellationToken.None));
        Assert.False(await Store.DeleteAsync("TraLinh", "noi-moi/b.txt", CancellationToken.None));
    }

    [Fact]
    public async Task Removing_a_tenant_removes_its_files_only()
    {
        await Store.WriteAsync("BaoLac", "a.txt", Bytes("a"), CancellationToken.None);
        await Store.WriteAsync("HoaAn", "giu-lai.txt", Bytes("b"), CancellationToken.None);

        await Store.DeleteTenantAsync("BaoLac", CancellationToken.None);

        Assert.Null(await Store.GetFileAsync("BaoLac", "a.txt", CancellationToken.None));
        Assert.NotNull(await Store.GetFileAsync("HoaAn", "giu-lai.txt", CancellationToken.None));
    }
}
