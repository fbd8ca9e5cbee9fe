namespace DanVan.Orchard.Text;

/// <summary>
/// First path segments something else answers: the platform's own (<see cref="ReservedSegments"/>) and the first literal
/// segment of every mapped route (<c>tim-kiem</c>, <c>chuyen-muc</c>, <c>tin-tuc</c>…), read from the endpoints.
/// A content item's path may not start with one, except its own type's route (an article under <c>tin-tuc/</c>).
/// </summary>
public interface IRoutedSegments
{
    bool IsReserved(string firstSegment);
}
