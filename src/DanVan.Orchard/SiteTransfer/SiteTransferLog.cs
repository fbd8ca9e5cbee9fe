using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>Log messages of tenant export and import. Event ids 3720–3729.</summary>
internal static partial class SiteTransferLog
{
    [LoggerMessage(EventId = 3720, Level = LogLevel.Information, Message = "Tenant {Tenant} was imported from {Archive} in {Milliseconds} ms.")]
    public static partial void Imported(ILogger logger, string tenant, string archive, long milliseconds);

    [LoggerMessage(EventId = 3721, Level = LogLevel.Warning, Message = "Importing tenant {Tenant} from {Archive} was refused or failed; nothing was kept: {Reason}")]
    public static partial void ImportFailed(ILogger logger, string tenant, string archive, string reason);

    [LoggerMessage(EventId = 3722, Level = LogLevel.Error, Message = "Removing tenant {Tenant} after its failed import failed too; remove it with 'tenants remove'.")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(EventId = 3723, Level = LogLevel.Warning, Message = "Could not delete the import's temporary folder {Folder}.")]
    public static partial void TemporaryFolderLeft(ILogger logger, Exception exception, string folder);

    [LoggerMessage(EventId = 3724, Level = LogLevel.Information, Message = "Deleting {Folder}, left by an import whose process ended before it could.")]
    public static partial void StaleImportSwept(ILogger logger, string folder);
}
