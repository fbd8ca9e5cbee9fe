using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace DanVan.Users.Security;

/// <summary>
/// What a script's request (<c>Accept: application/json</c>, e.g. the content editor saving with fetch) gets instead of
/// the redirect to the sign-in or "denied" page: 401 or 403 with a short JSON body naming the sign-in page. A redirect
/// would be followed silently and the script would receive the sign-in page as if it were the answer; with this it
/// can ask for the password in a dialog and send the save again, without leaving the page.
/// </summary>
public static class ScriptSignInAnswers
{
    public const string Expired = "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để lưu.";

    public static Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status401Unauthorized, Expired);

    public static Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status403Forbidden, "Bạn không có quyền làm việc này.");

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status, string message)
    {
        if (!context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        var signIn = context.Request.PathBase + context.Options.LoginPath;
        return context.Response.WriteAsJsonAsync(new { error = message, signIn = signIn.ToString() });
    }
}
