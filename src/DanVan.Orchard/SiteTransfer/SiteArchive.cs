using System.IO.Compression;
using System.Text.RegularExpressions;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// The shape of an export zip and the checks an imported one passes before anything is created: only
/// <c>recipe.json</c> and files under <c>media/</c>; no entry leaving the folder it is unpacked into (<c>..</c>, an
/// absolute path, a backslash, a drive letter); at most so many entries, so many bytes and such a compression ratio
/// (a zip bomb). Unpacking counts the bytes really written, so a zip that lies about its sizes is stopped too.
/// </summary>
public static partial class SiteArchive
{
    public const string RecipeEntry = "recipe.json";
    public const string MediaFolder = "media/";
    private const long RatioCheckedFrom = 1024 * 1024;

    /// <summary>Throws <see cref="SiteImportException"/> naming the first problem; returns the recipe's entry.</summary>
    public static ZipArchiveEntry Check(ZipArchive zip, SiteTransferOptions options)
    {
        if (zip.Entries.Count > options.MaxEntries)
        {
            throw new SiteImportException(
                $"Tệp zip có {zip.Entries.Count} mục, nhiều hơn giới hạn {options.MaxEntries} (DanVan:SiteTransfer:MaxEntries); không nhập gì cả.");
        }

        ZipArchiveEntry? recipe = null;
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (UnsafeName(name) is { } why)
            {
                throw new SiteImportException($"Mục “{Shown(name)}” trong tệp zip bị từ chối: {why}; không nhập gì cả.");
            }

            if (name.EndsWith('/'))
            {
                continue;
            }

            if (name == RecipeEntry)
            {
                recipe = entry;
            }
            else if (!name.StartsWith(MediaFolder, StringComparison.Ordinal))
            {
                throw new SiteImportException($"Mục “{Shown(name)}” không thuộc một bản xuất (chỉ có recipe.json và thư mục media/); không nhập gì cả.");
            }

            total += entry.Length;
            if (total > options.MaxUncompressedBytes)
            {
                throw new SiteImportException($"Tệp zip giải nén ra hơn {options.MaxUncompressedBytes} byte (DanVan:SiteTransfer:MaxUncompressedBytes); không nhập gì cả.");
            }

            if (entry.Length >= RatioCheckedFrom && entry.Length / Math.Max(1, entry.CompressedLength) > options.MaxCompressionRatio)
            {
                throw new SiteImportException(
                    $"Mục “{Shown(name)}” nén hơn {options.MaxCompressionRatio}:1 ({entry.CompressedLength} byte thành {entry.Length}): có thể là “bom zip”; không nhập gì cả.");
            }
        }

        if (recipe is null)
        {
            throw new SiteImportException("Tệp zip không có recipe.json: đây không phải bản xuất của một trang; không nhập gì cả.");
        }

        return recipe.Length > options.MaxRecipeBytes
            ? throw new SiteImportException($"recipe.json lớn hơn {options.MaxRecipeBytes} byte (DanVan:SiteTransfer:MaxRecipeBytes); không nhập gì cả.")
            : recipe;
    }

    /// <summary>Unpacks the checked zip into <paramref name="folder"/>, never writing more than each entry declares nor more than the limit in all.</summary>
    public static async Task ExtractAsync(ZipArchive zip, string folder, SiteTransferOptions options, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.FullName.Replace('/', Path.DirectorySeparatorChar)));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new SiteImportException($"Mục “{Shown(entry.FullName)}” ra ngoài thư mục giải nén; không nhập gì cả.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var source = await entry.OpenAsync(cancellationToken);
            await using var output = File.Create(target);
            long written = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                written += read;
                total += read;
                if (written > entry.Length || total > options.MaxUncompressedBytes)
                {
                    throw new SiteImportException($"Mục “{Shown(entry.FullName)}” giải nén ra nhiều hơn kích thước nó khai: tệp zip bị sửa hoặc là “bom zip”; không nhập gì cả.");
                }

                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
    }

    /// <summary>Why an entry name could reach outside the folder it is unpacked into, or null when it is safe.</summary>
    public static string? UnsafeName(string name)
    {
        if (name.Length == 0 || name.Any(char.IsControl))
        {
            return "tên rỗng hoặc có ký tự điều khiển";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "có dấu gạch ngược (\\)";
        }

        if (name.StartsWith('/'))
        {
            return "là đường dẫn tuyệt đối";
        }

        if (DriveLetter().IsMatch(name))
        {
            return "có tên ổ đĩa";
        }

        var segments = name.TrimEnd('/').Split('/');
        return segments.Any(s => s is "" or "." or "..") ? "ra ngoài thư mục của bản xuất (.., . hoặc //)" : null;
    }

    /// <summary>A name as shown in a one-line message: not too long, no line breaks.</summary>
    private static string Shown(string name)
    {
        var clean = new string(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length <= 120 ? clean : clean[..120] + "…";
    }

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}
