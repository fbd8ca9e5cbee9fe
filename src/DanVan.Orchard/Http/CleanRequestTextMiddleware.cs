using System.Text;
using DanVan.Orchard.Text;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace DanVan.Orchard.Http;

/// <summary>
/// Cleans what a request brings as text (query string and url-encoded form values) once, at the door, with
/// <see cref="SafeText.Normalize(string)"/>: every controller, binder and view downstream sees NFC text without lone surrogates
/// or control characters, instead of each remembering to (and one forgetting, and answering 500). Multipart bodies are
/// left to the endpoints that read them, so their own size limits still apply before anything is buffered.
/// </summary>
public sealed class CleanRequestTextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.QueryString.HasValue && NeedsCleaning(request.Query))
        {
            request.Query = new QueryCollection(Cleaned(request.Query));
        }

        if (request.HasFormContentType && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or DecoderFallbackException)
            {
                await StatusPage.WriteAsync(context, StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", "Biểu mẫu gửi lên không đọc được hoặc quá lớn.");
                return;
            }

            if (NeedsCleaning(form))
            {
                context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(Cleaned(form))));
            }
        }

        await next(context);
    }

    private static bool NeedsCleaning(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.Any(kv => IsChanged(kv.Key) || kv.Value.Any(v => v is not null && IsChanged(v)));

    private static bool IsChanged(string value) => !string.Equals(SafeText.Normalize(value), value, StringComparison.Ordinal);

    private static Dictionary<string, StringValues> Cleaned(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        var cleaned = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            var cleanKey = SafeText.Normalize(key);
            var cleanValues = value.Select(v => v is null ? null : SafeText.Normalize(v)).ToArray();
            cleaned[cleanKey] = cleaned.TryGetValue(cleanKey, out var existing) ? StringValues.Concat(existing, cleanValues) : new StringValues(cleanValues);
        }

        return cleaned;
    }
}
