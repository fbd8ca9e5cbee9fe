using DanVan.Media.Services;
using DanVan.Orchard.Media;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DanVan.Media;

/// <summary>
/// <c>/media/{path}</c> of the current tenant: content type from the name, ETag/Last-Modified with 304s, byte ranges
/// (PDFs), <c>?width=</c> resized variants from a fixed list (made once, one at a time, then served from the store; an
/// image over the size limits or unreadable answers 422), a year of cache for versioned URLs (<c>?v=</c>), 503 when the store is unreachable.
/// </summary>
public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/media/{**path}", ["GET", "HEAD"], ServeAsync)
            .WithMetadata(new RequiresFeatureAttribute(FeatureIds.Media))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ServeAsync(
        string? path, int? width, HttpContext http, IMediaStore store, ImageVariants variants, TenantContext tenant, IOptions<MediaOptions> options,
        CancellationToken cancellationToken)
    {
        string normalized;
        try
        {
            normalized = MediaPath.Normalize(path);
        }
        catch (MediaPathException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Đường dẫn không hợp lệ");
        }

        if (normalized.Length == 0 || MediaLibrary.IsSystemPath(normalized))
        {
            return Results.NotFound();
        }

        if (width is { } w && !options.Value.AllowedWidths.Contains(w))
        {
            return Results.Problem($"Chỉ có các cỡ: {string.Join(", ", options.Value.AllowedWidths)}.", statusCode: StatusCodes.Status400BadRequest, title: "Cỡ ảnh không hợp lệ");
        }

        try
        {
            var name = tenant.Settings.Name;
            var file = await store.GetFileAsync(name, normalized, cancellationToken);
            if (file is null)
            {
                return Results.NotFound();
            }

            ContentTypes.TryGetContentType(normalized, out var contentType);
            contentType ??= "application/octet-stream";
            if (width is { } size && contentType.StartsWith("image/", StringComparison.Ordinal) && contentType != "image/gif")
            {
                ImageVariant? variant;
                try
                {
                    variant = await variants.GetAsync(name, file, size, cancellationToken);
                }
                catch (ImageRefusedException e)
                {
                    return Results.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không tạo được ảnh thu nhỏ");
                }

                if (variant is null)
                {
                    return Results.NotFound();
                }

                file = variant.File;
                normalized = variant.Path;
                ContentTypes.TryGetContentType(normalized, out contentType);
                contentType ??= "image/jpeg";
            }

            http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600";
            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            var etag = new EntityTagHeaderValue(file.ETag.StartsWith('"') ? file.ETag : $"\"{file.ETag}\"");
            if (http.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } ifNoneMatch && ifNoneMatch.Contains(etag.Tag.ToString(), StringComparison.Ordinal))
            {
                http.Response.Headers.ETag = etag.ToString();
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var stream = await store.OpenReadAsync(name, normalized, cancellationToken);
            return stream is null
                ? Results.NotFound()
                : Results.Stream(stream, contentType, lastModified: file.LastModified, entityTag: etag, enableRangeProcessing: true);
        }
        catch (MediaStoreUnavailableException e)
        {
            http.Response.Headers.RetryAfter = "30";
            return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Media tạm thời không đọc được");
        }
    }
}
