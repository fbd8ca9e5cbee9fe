using DanVan.Orchard.Text;

namespace DanVan.Orchard.Tests.Text;

/// <summary>Numbering a taken slug: the first free one, and an end when none is (a refusal no number can change).</summary>
public sealed class SlugifierUniqueTests
{
    [Fact]
    public async Task The_first_free_number_is_used()
    {
        Assert.Equal("hoi-nghi-3", await Slugifier.MakeUniqueAsync("hoi-nghi", s => Task.FromResult(s is "hoi-nghi" or "hoi-nghi-2")));
    }

    [Fact]
    public async Task When_every_candidate_is_refused_the_search_stops_after_the_limit()
    {
        var asked = 0;

        var result = await Slugifier.MakeUniqueAsync("tin-tuc/hoi-nghi", _ =>
        {
            asked++;
            return Task.FromResult(true);
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(result);
        Assert.Equal(Slugifier.MaxUniqueAttempts, asked);
    }
}
