using DanVan.Orchard.Contents;
using DanVan.Orchard.Tests.Data;

namespace DanVan.Orchard.Tests.Contents;

/// <summary>ContentManager's versions on a tenant database in memory: drafts, publishing, unpublishing, restoring,
/// and the stamp that keeps two editors from overwriting each other.</summary>
public sealed class ContentVersioningTests : IAsyncLifetime
{
    private static readonly ContentActor Editor = new("u1", "bientap");
    private static readonly CancellationToken None = CancellationToken.None;
    private InMemoryTenant _tenant = null!;

    private IContentManager Contents => _tenant.Get<IContentManager>();

    public async Task InitializeAsync()
    {
        _tenant = await InMemoryTenant.CreateAsync();
        await _tenant.DefineTypeAsync("Article");
    }

    public Task DisposeAsync() => _tenant.DisposeAsync().AsTask();

    private static ContentItem Article(string title, string? id = null) =>
        new() { ContentType = "Article", DisplayText = title, ContentItemId = id ?? string.Empty };

    private async Task<List<(ContentVersion Version, bool Latest, bool Published)>> VersionsAsync(string id) =>
        (await Contents.GetVersionsAsync(id, None)).ToList();

    [Fact]
    public async Task A_draft_is_edited_in_place_until_it_is_published()
    {
        var first = await Contents.SaveAsync(Article("Bản nháp"), publish: false, null, Editor, None);
        var id = first.Item.ContentItemId;

        var second = await Contents.SaveAsync(Article("Bản nháp sửa", id), publish: false, first.ConcurrencyStamp, Editor, None);

        Assert.Equal(first.Item.ContentItemVersionId, second.Item.ContentItemVersionId);
        var only = Assert.Single(await VersionsAsync(id));
        Assert.True(only.Latest);
        Assert.False(only.Published);
        Assert.Equal("Bản nháp sửa", only.Version.Item.DisplayText);
    }

    [Fact]
    public async Task Editing_a_published_item_makes_a_new_draft_and_readers_keep_the_published_version_until_it_is_published()
    {
        var published = await Contents.SaveAsync(Article("Bản đăng"), publish: true, null, Editor, None);
        var id = published.Item.ContentItemId;

        var draft = await Contents.SaveAsync(Article("Bản sửa", id), publish: false, published.ConcurrencyStamp, Editor, None);

        Assert.NotEqual(published.Item.ContentItemVersionId, draft.Item.ContentItemVersionId);
        var versions = await VersionsAsync(id);
        Assert.Equal(2, versions.Count);
        Assert.Equal("Bản đăng", Assert.Single(versions, v => v.Published).Version.Item.DisplayText);
        Assert.Equal("Bản sửa", Assert.Single(versions, v => v.Latest).Version.Item.DisplayText);

        await Contents.PublishAsync(id, Editor, None);

        versions = await VersionsAsync(id);
        var current = Assert.Single(versions, v => v.Published);
        Assert.True(current.Latest);
        Assert.Equal("Bản sửa", current.Version.Item.DisplayText);
        Assert.Equal(published.Item.PublishedUtc, current.Version.Item.PublishedUtc);
    }

    [Fact]
    public async Task Unpublishing_takes_the_item_off_the_site_and_keeps_the_latest_version_as_a_draft()
    {
        var published = await Contents.SaveAsync(Article("Sẽ gỡ"), publish: true, null, Editor, None);
        var id = published.Item.ContentItemId;

        await Contents.UnpublishAsync(id, Editor, None);

        var only = Assert.Single(await VersionsAsync(id));
        Assert.True(only.Latest);
        Assert.False(only.Published);
        Assert.Empty(await Contents.ListPublishedAsync("Article", 0, 10, None));
    }

    [Fact]
    public async Task Restoring_an_earlier_version_makes_its_content_a_new_draft_and_leaves_the_published_version_alone()
    {
        var v1 = await Contents.SaveAsync(Article("Phiên bản một"), publish: true, null, Editor, None);
        var id = v1.Item.ContentItemId;
        var v2 = await Contents.SaveAsync(Article("Phiên bản hai", id), publish: true, v1.ConcurrencyStamp, Editor, None);

        var restored = await Contents.RestoreVersionAsync(id, v1.Item.ContentItemVersionId, Editor, None);

        Assert.Equal("Phiên bản một", restored.Item.DisplayText);
        Assert.NotEqual(v1.Item.ContentItemVersionId, restored.Item.ContentItemVersionId);
        var versions = await VersionsAsync(id);
        Assert.Equal(3, versions.Count);
        Assert.Equal(restored.Item.ContentItemVersionId, Assert.Single(versions, v => v.Latest).Version.Item.ContentItemVersionId);
        Assert.Equal(v2.Item.ContentItemVersionId, Assert.Single(versions, v => v.Published).Version.Item.ContentItemVersionId);
    }

    [Fact]
    public async Task Saving_over_a_version_someone_else_saved_since_is_refused_and_writes_nothing()
    {
        var loaded = await Contents.SaveAsync(Article("Gốc"), publish: false, null, Editor, None);
        var id = loaded.Item.ContentItemId;
        await Contents.SaveAsync(Article("Người khác sửa", id), publish: false, loaded.ConcurrencyStamp, new ContentActor("u2", "khac"), None);

        await Assert.ThrowsAsync<ContentConcurrencyException>(() =>
            Contents.SaveAsync(Article("Sửa trên bản cũ", id), publish: true, loaded.ConcurrencyStamp, Editor, None));

        var only = Assert.Single(await VersionsAsync(id));
        Assert.Equal("Người khác sửa", only.Version.Item.DisplayText);
        Assert.False(only.Published);
    }

    [Fact]
    public async Task A_removed_item_is_restored_as_a_draft()
    {
        var published = await Contents.SaveAsync(Article("Xóa rồi khôi phục"), publish: true, null, Editor, None);
        var id = published.Item.ContentItemId;

        await Contents.RemoveAsync(id, Editor, None);
        await Assert.ThrowsAsync<ContentNotFoundException>(() => Contents.PublishAsync(id, Editor, None));
        await Contents.RestoreAsync(id, Editor, None);

        var only = Assert.Single(await VersionsAsync(id));
        Assert.False(only.Published);
        Assert.False(only.Version.Removed);
    }
}
