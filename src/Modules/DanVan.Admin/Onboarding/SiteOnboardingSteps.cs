using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Settings;

namespace DanVan.Admin.Onboarding;

/// <summary>The checklist's steps the admin module knows: contacts, banner, first article.</summary>
public sealed class SiteOnboardingSteps(SiteService sites, IDocumentStore documents) : IOnboardingStepProvider
{
    /// <summary>The district-board recipe's stand-in phone number: a site still showing it has not given its own.</summary>
    public const string PlaceholderPhone = "(0200) 3 800 000";

    public async Task<IReadOnlyList<OnboardingStep>> GetStepsAsync(CancellationToken cancellationToken)
    {
        var site = await sites.GetAsync(cancellationToken);
        var state = await documents.GetAsync<OnboardingState>(OnboardingState.DocumentId, cancellationToken);
        return
        [
            new("contacts", "Điền điện thoại và thư điện tử liên hệ thật của Ban (thay số và địa chỉ mẫu)", HasRealContacts(site), "~/admin/settings", 10),
            new("banner", "Chọn ảnh bìa (banner) cho trang", !string.IsNullOrWhiteSpace(site.BannerImagePath), "~/admin/settings", 20),
            new("article", "Đăng tin bài đầu tiên của Ban", state.FirstArticlePublishedUtc is not null, "~/admin/contents/create/" + FirstArticleHandler.ArticleType, 30),
        ];
    }

    /// <summary>Both filled, the phone not the recipe's, the e-mail not on a reserved example domain (RFC 2606).</summary>
    public static bool HasRealContacts(SiteSettings site) =>
        !string.IsNullOrWhiteSpace(site.ContactPhone) && !string.IsNullOrWhiteSpace(site.ContactEmail)
        && !string.Equals(site.ContactPhone.Trim(), PlaceholderPhone, StringComparison.Ordinal)
        && !IsExampleAddress(site.ContactEmail);

    private static bool IsExampleAddress(string email)
    {
        var domain = email[(email.LastIndexOf('@') + 1)..].Trim().ToLowerInvariant();
        return domain.Split('.').Any(label => label is "example" or "invalid" or "test");
    }
}
