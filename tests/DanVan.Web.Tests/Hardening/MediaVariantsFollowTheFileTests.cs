using System.Net;

namespace DanVan.Web.Tests.Hardening;

/// <summary>Resized copies go with their file: a file moved onto a deleted picture's name never shows the old picture.</summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class MediaVariantsFollowTheFileTests(ProvisionedSiteFixture site)
{
    [Fact]
    public async Task A_file_moved_onto_a_deleted_pictures_name_gets_its_own_resized_copy()
    {
        var admin = await MediaAdminClient.SignInAsync(site, "/hoa-an", "admin");
        var reader = site.CreateClient();

        // The second picture is uploaded first, so its modification time is older than the first one's resized copy.
        var second = await admin.UploadAsync("doi-ten", "thu-hai.png", TestPng.Solid(400, 300));
        var first = await admin.UploadAsync("doi-ten", "thu-nhat.png", TestPng.Solid(400, 100));
        var firstCopy = await reader.GetByteArrayAsync("/hoa-an/media/" + first.Saved[0] + "?width=160");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/media/delete", new() { ["path"] = first.Saved[0], ["confirmUsed"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/media/move", new() { ["path"] = second.Saved[0], ["newPath"] = first.Saved[0] })).StatusCode);
        var copyAfterMove = await reader.GetByteArrayAsync("/hoa-an/media/" + first.Saved[0] + "?width=160");

        Assert.NotEqual(firstCopy, copyAfterMove);
    }
}
