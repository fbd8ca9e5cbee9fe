using System.Net;
using DanVan.Feedback.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>The reader's form under an article and at /gop-y, with the offline captcha; the board's notice by e-mail.</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class FeedbackFormTests(FeedbackSiteFixture site)
{
    private const string ArticlePath = "/" + ProvisionedSiteFixture.SampleArticlePath;

    [Fact]
    public async Task The_form_under_an_article_keeps_the_page_cacheable_and_carries_the_text_to_the_captcha_page()
    {
        var client = site.Client("/hoa-an");
        var first = await client.GetAsync(ArticlePath);
        var hits = site.Services.GetRequiredService<DanVan.Orchard.Display.IPageCacheStatistics>().Hits;
        var second = await client.GetAsync(ArticlePath);
        var article = await first.Content.ReadAsStringAsync();

        Assert.Contains("Ý kiến bạn đọc", article);
        Assert.Contains("action=\"/hoa-an/gop-y/viet\"", article);
        Assert.DoesNotContain("__RequestVerificationToken", article);
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.Equal(hits + 1, site.Services.GetRequiredService<DanVan.Orchard.Display.IPageCacheStatistics>().Hits);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);

        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        var fields = FeedbackReader.Message("Đường liên thôn xuống cấp");
        fields["ContentPath"] = ProvisionedSiteFixture.SampleArticlePath;
        var next = await reader.PostAsync("/gop-y/viet", fields);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains("value=\"Đường liên thôn xuống cấp\"", reader.Html);
        Assert.Contains("Đề nghị Ban quan tâm tới việc sửa đường liên thôn trước mùa mưa.</textarea>", reader.Html);
        Assert.Contains("Về bài:", reader.Html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", reader.Html);
        Assert.NotNull(reader.Field("__RequestVerificationToken"));
        var image = await reader.Client.GetAsync("/gop-y/ma-kiem-tra/" + reader.CaptchaId);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", image.Headers.CacheControl?.ToString());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await image.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task A_message_with_the_right_code_is_stored_under_its_article_and_the_board_is_notified_through_the_outbox()
    {
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        var fields = FeedbackReader.Message("Kiến nghị về chợ phiên", "Chợ phiên họp đông.\n\nĐề nghị bố trí chỗ để xe.");
        fields["ContentPath"] = ProvisionedSiteFixture.SampleArticlePath;
        await reader.PostAsync("/gop-y/viet", fields);

        var sent = await reader.SendAsync(fields);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/hoa-an/gop-y/cam-on", TenantClient.Location(sent));
        Assert.Contains("Cảm ơn bạn đã gửi ý kiến", await reader.Client.GetStringAsync("/gop-y/cam-on"));
        var stored = Assert.Single(await site.MessagesAsync("HoaAn"), m => m.Subject == "Kiến nghị về chợ phiên");
        Assert.Equal(FeedbackStatus.New, stored.Status);
        Assert.Equal(ProvisionedSiteFixture.SampleArticlePath, stored.ContentPath);
        Assert.Equal("binh.nguyen@example.vn", stored.Email);

        var notice = Assert.Single(await site.ReceivedAsync(FeedbackSiteFixture.BoardAddress, m => m.Subject!.Contains("Kiến nghị về chợ phiên", StringComparison.Ordinal)));
        Assert.Equal("Ý kiến bạn đọc mới: Kiến nghị về chợ phiên", notice.Subject);
        Assert.Contains("Đề nghị bố trí chỗ để xe.", notice.TextBody ?? string.Empty);
        Assert.Contains("Nguyễn Văn Bình", notice.HtmlBody ?? string.Empty);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_the_text_kept_and_its_question_cannot_be_answered_again()
    {
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        await reader.OpenAsync();
        var firstId = reader.CaptchaId!;
        var rightAnswer = await site.CaptchaAnswerAsync("HoaAn", firstId);
        var fields = FeedbackReader.Message("Mã sai");

        var wrong = await reader.SendAsync(fields, answer: "SAI00");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Mã kiểm tra không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.", reader.ErrorOf("CaptchaAnswer"));
        Assert.Contains("value=\"Mã sai\"", reader.Html);
        Assert.Contains(">Đề nghị Ban quan tâm tới việc sửa đường liên thôn trước mùa mưa.</textarea>", reader.Html);
        Assert.NotEqual(firstId, reader.CaptchaId);

        // The first question was used up by the wrong answer: its right answer no longer works either.
        var replay = await reader.SendAsync(fields, answer: rightAnswer, captchaId: firstId);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.DoesNotContain(await site.MessagesAsync("HoaAn"), m => m.Subject == "Mã sai");
    }

    [Fact]
    public async Task A_code_works_once_and_an_expired_code_is_refused()
    {
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        await reader.OpenAsync();
        var id = reader.CaptchaId!;
        var answer = await site.CaptchaAnswerAsync("HoaAn", id);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SendAsync(FeedbackReader.Message("Dùng mã một lần"), answer, id)).StatusCode);

        await reader.OpenAsync();
        var reused = await reader.SendAsync(FeedbackReader.Message("Dùng lại mã"), answer, id);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync("/gop-y/ma-kiem-tra/" + id)).StatusCode);

        await reader.OpenAsync();
        var expiring = reader.CaptchaId!;
        var expiringAnswer = await site.CaptchaAnswerAsync("HoaAn", expiring);
        await site.ExpireCaptchaAsync("HoaAn", expiring);
        var expired = await reader.SendAsync(FeedbackReader.Message("Mã hết hạn"), expiringAnswer, expiring);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("value=\"Mã hết hạn\"", reader.Html);

        var subjects = (await site.MessagesAsync("HoaAn")).Select(m => m.Subject).ToList();
        Assert.Contains("Dùng mã một lần", subjects);
        Assert.DoesNotContain("Dùng lại mã", subjects);
        Assert.DoesNotContain("Mã hết hạn", subjects);
    }

    [Fact]
    public async Task The_question_in_words_is_an_alternative_to_the_image_and_a_new_code_keeps_the_text()
    {
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        await reader.OpenAsync();
        var fields = FeedbackReader.Message("Câu hỏi bằng chữ");
        fields["CaptchaId"] = reader.CaptchaId!;

        var swapped = await reader.PostAsync("/gop-y/doi-ma?kieu=cau-hoi", fields);

        Assert.Equal(HttpStatusCode.OK, swapped.StatusCode);
        Assert.Matches(@"[A-ZĐ][a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]+ cộng [a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]+ bằng mấy\?", reader.Html);
        Assert.DoesNotContain("feedback-captcha__image", reader.Html);
        Assert.Contains("value=\"Câu hỏi bằng chữ\"", reader.Html);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SendAsync(FeedbackReader.Message("Câu hỏi bằng chữ"))).StatusCode);
    }

    [Fact]
    public async Task Missing_and_bad_fields_are_refused_next_to_each_field_in_vietnamese_and_nothing_is_stored()
    {
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        await reader.OpenAsync();
        var fields = new Dictionary<string, string>
        {
            ["Name"] = " ",
            ["Email"] = "khong-phai-email",
            ["Phone"] = "goi-cho-toi",
            ["Subject"] = string.Empty,
            ["Body"] = new string('x', 5001),
        };

        var refused = await reader.SendAsync(fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Vui lòng nhập họ tên.", reader.ErrorOf("Name"));
        Assert.Equal("Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).", reader.ErrorOf("Email"));
        Assert.StartsWith("Số điện thoại", reader.ErrorOf("Phone"));
        Assert.Equal("Vui lòng nhập tiêu đề.", reader.ErrorOf("Subject"));
        Assert.Equal("Nội dung dài tối đa 5.000 ký tự (hiện có 5.001).", reader.ErrorOf("Body"));
        Assert.Contains("value=\"khong-phai-email\"", reader.Html);
        Assert.Contains("aria-describedby=\"fb-Email-error\"", reader.Html);

        await reader.OpenAsync();
        var links = await reader.SendAsync(FeedbackReader.Message("Nhiều liên kết", "Xem https://a.example, https://b.example và www.c.example"));
        Assert.Equal(HttpStatusCode.BadRequest, links.StatusCode);
        Assert.Equal("Ý kiến có quá nhiều liên kết (tối đa 2).", reader.ErrorOf("Body"));
        Assert.DoesNotContain(await site.MessagesAsync("HoaAn"), m => m.Subject == "Nhiều liên kết");
    }

    [Fact]
    public async Task The_honeypot_filled_is_stored_as_spam_and_nobody_is_notified()
    {
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        var fields = FeedbackReader.Message("Quảng cáo máy bay");
        fields["Website"] = "http://spam.example";

        var sent = await reader.OpenAndSendAsync(fields);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = Assert.Single(await site.MessagesAsync("HoaAn"), m => m.Subject == "Quảng cáo máy bay");
        Assert.Equal(FeedbackStatus.Spam, stored.Status);

        // A real message sent after it is notified; the spam never is.
        await new FeedbackReader(site, "HoaAn", "/hoa-an").OpenAndSendAsync(FeedbackReader.Message("Sau thư rác"));
        await site.ReceivedAsync(FeedbackSiteFixture.BoardAddress, m => m.Subject!.Contains("Sau thư rác", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Smtp.To(FeedbackSiteFixture.BoardAddress), m => m.Subject!.Contains("Quảng cáo máy bay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_message_sent_twice_is_stored_once()
    {
        var fields = FeedbackReader.Message("Gửi hai lần");
        Assert.Equal(HttpStatusCode.Redirect, (await new FeedbackReader(site, "HoaAn", "/hoa-an").OpenAndSendAsync(fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new FeedbackReader(site, "HoaAn", "/hoa-an").OpenAndSendAsync(fields)).StatusCode);

        Assert.Single(await site.MessagesAsync("HoaAn"), m => m.Subject == "Gửi hai lần");
    }

    [Fact]
    public async Task A_send_without_the_antiforgery_token_is_refused()
    {
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        var response = await reader.Client.Http.PostAsync("/hoa-an/gop-y", new FormUrlEncodedContent(FeedbackReader.Message("Không có token")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await site.MessagesAsync("HoaAn"), m => m.Subject == "Không có token");
    }

    [Fact]
    public async Task The_form_is_linked_from_the_menu_and_the_footer()
    {
        var home = await site.Client("/hoa-an").GetStringAsync("/");

        Assert.Contains("<a href=\"/hoa-an/gop-y\">Góp ý</a>", home);
        Assert.Contains("<li><a href=\"/hoa-an/gop-y\">Gửi ý kiến</a></li>", home);
    }
}
