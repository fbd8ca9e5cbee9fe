using System.Net;
using DanVan.Feedback.Data;

namespace DanVan.Web.Tests.Feedback;

/// <summary>"Ý kiến bạn đọc" in the admin: who may see it, filters, handling, the reply by e-mail, delete, CSV, isolation.</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class FeedbackModerationTests(FeedbackSiteFixture site)
{
    private const string Password = OrchardWebApplicationFactory.AdminPassword;

    private async Task<FeedbackMessage> SendAsync(string subject, string tenant = "HoaAn", string prefix = "/hoa-an", Dictionary<string, string>? fields = null)
    {
        var reader = new FeedbackReader(site, tenant, prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.OpenAndSendAsync(fields ?? FeedbackReader.Message(subject))).StatusCode);
        return Assert.Single(await site.MessagesAsync(tenant), m => m.Subject == subject);
    }

    private async Task<TenantClient> SignInAsync(string prefix, string user)
    {
        var client = site.Client(prefix);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(user, Password)).StatusCode);
        return client;
    }

    [Fact]
    public async Task An_editor_reads_marks_handled_and_finds_a_message_by_filter_and_search_while_an_author_is_refused()
    {
        var message = await SendAsync("Đèn đường thôn Bản Chang");
        await site.CreateUserAsync("HoaAn", "bientap-gopy", "Editor");
        await site.CreateUserAsync("HoaAn", "tacgia-gopy", "Author");

        var author = await SignInAsync("/hoa-an", "tacgia-gopy");
        Assert.True(ContentAdminForms.Refused(await author.GetAsync("/admin/feedback")));

        var editor = await SignInAsync("/hoa-an", "bientap-gopy");
        var list = await editor.GetStringAsync("/admin/feedback?q=" + Uri.EscapeDataString("Bản Chang"));
        Assert.Contains("Đèn đường thôn Bản Chang", list);
        Assert.DoesNotContain("Kiến nghị về chợ phiên", list);
        Assert.Contains("Đề nghị Ban quan tâm", await editor.GetStringAsync("/admin/feedback/" + message.Id));

        var handled = await editor.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/status", new() { ["value"] = "handled" });

        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        Assert.Contains("Đã chuyển ý kiến “Đèn đường thôn Bản Chang” sang “Đã xử lý”.", await editor.Http.GetStringAsync(TenantClient.Location(handled)));
        Assert.DoesNotContain("Đèn đường thôn Bản Chang", await editor.GetStringAsync("/admin/feedback"));
        Assert.Contains("Đèn đường thôn Bản Chang", await editor.GetStringAsync("/admin/feedback?status=handled"));
        var stored = Assert.Single(await site.MessagesAsync("HoaAn"), m => m.Id == message.Id);
        Assert.Equal(FeedbackStatus.Handled, stored.Status);
        Assert.Equal("bientap-gopy", stored.HandledBy);
    }

    [Fact]
    public async Task A_reply_goes_through_the_outbox_to_the_reader_and_the_message_counts_as_handled()
    {
        var fields = FeedbackReader.Message("Hỏi về lịch tiếp dân");
        fields["Email"] = "nguoi-hoi@example.vn";
        var message = await SendAsync("Hỏi về lịch tiếp dân", fields: fields);
        var admin = await SignInAsync("/hoa-an", "admin");

        var empty = await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/reply", new() { ["reply"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Vui lòng nhập nội dung trả lời.", await empty.Content.ReadAsStringAsync());

        var replied = await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/reply",
            new() { ["reply"] = "Ban tiếp dân vào sáng thứ Năm hằng tuần.\n\nTrân trọng." });

        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var mail = Assert.Single(await site.ReceivedAsync("nguoi-hoi@example.vn", _ => true));
        Assert.Equal("Trả lời ý kiến: Hỏi về lịch tiếp dân", mail.Subject);
        Assert.Contains("Ban tiếp dân vào sáng thứ Năm hằng tuần.", mail.TextBody ?? string.Empty);
        Assert.Equal(FeedbackStatus.Handled, Assert.Single(await site.MessagesAsync("HoaAn"), m => m.Id == message.Id).Status);
    }

    [Fact]
    public async Task Script_in_every_field_is_shown_as_text_in_the_admin_the_form_and_the_board_notice()
    {
        const string Script = "<script>alert(1)</script>";
        var fields = new Dictionary<string, string>
        {
            ["Name"] = Script,
            ["Email"] = "script@example.vn",
            ["Phone"] = "0912 000 111",
            ["Subject"] = "Thử " + Script,
            ["Body"] = "Nội dung " + Script + "\n<img src=x onerror=alert(2)>",
        };
        var message = await SendAsync("Thử " + Script, fields: fields);
        var admin = await SignInAsync("/hoa-an", "admin");

        foreach (var page in new[] { "/admin/feedback", "/admin/feedback/" + message.Id })
        {
            var html = await admin.GetStringAsync(page);
            Assert.DoesNotContain(Script, html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }

        Assert.DoesNotContain("<img src=x", await admin.GetStringAsync("/admin/feedback/" + message.Id));

        // The form shown again after an error escapes what it puts back.
        var reader = new FeedbackReader(site, "HoaAn", "/hoa-an");
        await reader.OpenAsync();
        fields["Subject"] = string.Empty;
        await reader.SendAsync(fields);
        Assert.DoesNotContain(Script, reader.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", reader.Html);

        var notice = Assert.Single(await site.ReceivedAsync(FeedbackSiteFixture.BoardAddress, m => m.Subject!.Contains("Thử <script>", StringComparison.Ordinal)));
        Assert.DoesNotContain(Script, notice.HtmlBody ?? string.Empty);
        Assert.Contains("&lt;script&gt;", notice.HtmlBody ?? string.Empty);
    }

    [Fact]
    public async Task The_csv_export_neutralises_formulas_and_delete_removes_a_message()
    {
        var fields = FeedbackReader.Message("=HYPERLINK(\"http://x.example\")");
        fields["Name"] = "@SUM(A1:A2)";
        fields["Body"] = "-2+3 là công thức";
        var message = await SendAsync("=HYPERLINK(\"http://x.example\")", fields: fields);
        var admin = await SignInAsync("/hoa-an", "admin");

        var export = await admin.GetAsync("/admin/feedback/export.csv?status=all");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var csv = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x.example\"\")\"", csv);
        Assert.Contains("\"'@SUM(A1:A2)\"", csv);
        Assert.Contains("\"'-2+3 là công thức\"", csv);
        Assert.DoesNotContain(",\"=", csv);

        // Without the admin script's confirm(), the server asks first and deletes nothing.
        Assert.Contains("data-confirm=\"Xóa hẳn ý kiến", await admin.GetStringAsync("/admin/feedback/" + message.Id));
        var asked = await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/delete", []);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("name=\"confirmed\" value=\"true\"", await asked.Content.ReadAsStringAsync());
        Assert.Contains(await site.MessagesAsync("HoaAn"), m => m.Id == message.Id);

        var deleted = await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/delete", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/feedback/" + message.Id)).StatusCode);
        Assert.DoesNotContain(await site.MessagesAsync("HoaAn"), m => m.Id == message.Id);
    }

    [Fact]
    public async Task A_districts_feedback_never_appears_in_another_districts_admin()
    {
        var hoaAn = await SendAsync("Chỉ của Hòa An");
        var traLinh = await SendAsync("Chỉ của Trà Lĩnh", "TraLinh", "/tra-linh");

        var traLinhAdmin = await SignInAsync("/tra-linh", "admin");
        var list = await traLinhAdmin.GetStringAsync("/admin/feedback?status=all");
        Assert.Contains("Chỉ của Trà Lĩnh", list);
        Assert.DoesNotContain("Chỉ của Hòa An", list);
        Assert.Equal(HttpStatusCode.NotFound, (await traLinhAdmin.GetAsync("/admin/feedback/" + hoaAn.Id)).StatusCode);
        Assert.DoesNotContain("Chỉ của Hòa An", await (await traLinhAdmin.GetAsync("/admin/feedback/export.csv?status=all")).Content.ReadAsStringAsync());
        Assert.DoesNotContain(await site.MessagesAsync("HoaAn"), m => m.Id == traLinh.Id);

        // The notice went to Trà Lĩnh's own board address (the same recipe value) from Trà Lĩnh's site name.
        Assert.Single(await site.ReceivedAsync(FeedbackSiteFixture.BoardAddress, m => m.Subject!.Contains("Chỉ của Trà Lĩnh", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_replied_message_is_shown_with_its_answer_under_the_article_only_once_the_tenant_allows_it_and_until_withdrawn()
    {
        var fields = FeedbackReader.Message("Hỏi <b>về</b> lớp học");
        fields["ContentPath"] = ProvisionedSiteFixture.SampleArticlePath;
        var message = await SendAsync("Hỏi <b>về</b> lớp học", fields: fields);
        var admin = await SignInAsync("/hoa-an", "admin");
        var article = site.Client("/hoa-an");
        const string ArticlePath = "/" + ProvisionedSiteFixture.SampleArticlePath;
        await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/reply", new() { ["reply"] = "Lớp mở vào tháng Mười." });

        var refused = await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/publish", new() { ["value"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("Lớp mở vào tháng Mười.", await article.GetStringAsync(ArticlePath));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha",
            new() { ["Mode"] = "Off", ["PublishAnswers"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/publish", new() { ["value"] = "true" })).StatusCode);

        var shown = await article.GetStringAsync(ArticlePath);
        Assert.Contains("Hỏi &lt;b&gt;về&lt;/b&gt; lớp học", shown);
        Assert.Contains("Lớp mở vào tháng Mười.", shown);
        Assert.DoesNotContain("binh.nguyen@example.vn", shown);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/feedback/" + message.Id, $"/admin/feedback/{message.Id}/publish", new() { ["value"] = "false" })).StatusCode);
        Assert.DoesNotContain("Lớp mở vào tháng Mười.", await article.GetStringAsync(ArticlePath));
        await admin.PostFormAsync("/admin/feedback/captcha", "/admin/feedback/captcha", new() { ["Mode"] = "Off" });
    }
}
