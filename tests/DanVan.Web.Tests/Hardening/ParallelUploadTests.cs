using System.Net;

namespace DanVan.Web.Tests.Hardening;

/// <summary>Uploads of one name at the same time each get their own file (name, name-2, …), none overwritten.</summary>
[Collection(ReaderSiteCollection.Name)]
public sealed class ParallelUploadTests(ProvisionedSiteFixture site)
{
    [Fact]
    public async Task Twenty_parallel_uploads_of_one_name_make_twenty_files_with_their_own_content()
    {
        var admin = await MediaAdminClient.SignInAsync(site, "/hoa-an", "admin");
        var token = await admin.TokenAsync();

        // Twenty different pictures (1×1 … 20×1 pixels) under one name, each padded after its end to 2 MB so that
        // writing it takes a while: long enough for the uploads to overlap between "is the name free?" and the write.
        var pictures = Enumerable.Range(1, 20).Select(width => TestPng.Solid(width, 1).Concat(new byte[2 * 1024 * 1024]).ToArray()).ToArray();
        var answers = await Task.WhenAll(pictures.Select(bytes => admin.UploadAsync("song-song", "Ảnh chung.png", bytes, token)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var saved = answers.Select(a => a.Saved.Single()).ToArray();
        Assert.Equal(20, saved.Distinct().Count());
        Assert.Contains("song-song/anh-chung.png", saved);
        var reader = site.CreateClient();
        for (var i = 0; i < saved.Length; i++)
        {
            Assert.Equal(pictures[i], await reader.GetByteArrayAsync("/hoa-an/media/" + saved[i]));
        }

        var library = await admin.Client.GetStringAsync("/admin/media?folder=song-song");
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(library, "class=\"media-card\""));
    }
}
