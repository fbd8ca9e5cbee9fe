using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.Recipes;

/// <summary>Log messages of recipes. Event ids 1100–1199.</summary>
internal static partial class RecipeLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Recipe file {File} is left out: {Reason}")]
    public static partial void RecipeLeftOut(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "{Warning}")]
    public static partial void ItemSkipped(ILogger logger, string warning);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Rolling back a failed recipe of tenant {Tenant} could not undo {What}")]
    public static partial void RollbackFailed(ILogger logger, Exception exception, string tenant, string what);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "A recipe of tenant {Tenant} could not delete a temporary copy it kept for its undo")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string tenant);
}
