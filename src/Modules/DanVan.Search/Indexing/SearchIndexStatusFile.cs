using System.Text.Json;

namespace DanVan.Search.Indexing;

/// <summary>
/// A small file in the index folder written with each commit (documents, checkpoint, time), so the provincial
/// dashboard reads a district's index status without opening the index nor the district's database. Lucene leaves
/// files it does not name alone; the file goes with the folder when the index is deleted or found corrupt.
/// </summary>
public static class SearchIndexStatusFile
{
    public const string FileName = "danvan-status.json";

    /// <summary>
    /// Writes the status; false when it could not be written. Only the dashboard reads it: the commit it describes
    /// is done and stands whatever happens here.
    /// </summary>
    public static bool TryWrite(string indexPath, SearchIndexFileStatus status)
    {
        var file = Path.Combine(indexPath, FileName);
        var temporary = file + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(status));

            // Replaced in one step: a reader sees the old status or the new one, never half of it.
            File.Move(temporary, file, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The status last written; null when there is none (the index was never opened) or it cannot be read.</summary>
    public static SearchIndexFileStatus? Read(string indexPath)
    {
        try
        {
            return JsonSerializer.Deserialize<SearchIndexFileStatus>(File.ReadAllBytes(Path.Combine(indexPath, FileName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
