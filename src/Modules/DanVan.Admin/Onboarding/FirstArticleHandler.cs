using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;

namespace DanVan.Admin.Onboarding;

/// <summary>Notes the district's first own published article for the checklist. Imported content (recipes, sample
/// articles) raises no events, so only what someone published through the site counts.</summary>
public sealed class FirstArticleHandler(IDocumentStore documents) : IContentEventHandler
{
    public const string ArticleType = "Article";

    public async Task OnContentEventAsync(ContentEventKind kind, ContentItem item, ContentActor actor, CancellationToken cancellationToken)
    {
        if (kind != ContentEventKind.Published || item.ContentType != ArticleType)
        {
            return;
        }

        var state = await documents.GetAsync<OnboardingState>(OnboardingState.DocumentId, cancellationToken);
        if (state.FirstArticlePublishedUtc is null)
        {
            state.FirstArticlePublishedUtc = DateTime.UtcNow;
            await documents.SaveAsync(OnboardingState.DocumentId, state, cancellationToken);
        }
    }
}
