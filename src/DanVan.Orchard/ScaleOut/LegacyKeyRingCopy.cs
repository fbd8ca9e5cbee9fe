using Microsoft.Extensions.Logging;

namespace DanVan.Orchard.ScaleOut;

/// <summary>
/// One node keeps its data-protection keys in App_Data; earlier versions left them in ASP.NET's default folder in the
/// account's home. On the first start after the upgrade (App_Data's folder has no key yet, the old one has), the keys
/// are copied over once, so nobody is signed out and protected settings (mail passwords, captcha secrets) stay readable.
/// The old folder is left as it was: a rollback still finds its keys.
/// </summary>
public static class LegacyKeyRingCopy
{
    /// <summary>ASP.NET's default key folder for this account, as it picks it when nothing is configured; null when it has none.</summary>
    public static string? DefaultFolder()
    {
        if (OperatingSystem.IsWindows() && Environment.GetEnvironmentVariable("LOCALAPPDATA") is { Length: > 0 } local)
        {
            return Path.Combine(local, "ASP.NET", "DataProtection-Keys");
        }

        return Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? Path.Combine(home, ".aspnet", "DataProtection-Keys") : null;
    }

    /// <summary>Copies the keys of <paramref name="legacy"/> into <paramref name="target"/> when it has none; the number copied.</summary>
    public static int CopyIfEmpty(string? legacy, string target, ILogger logger)
    {
        if (legacy is null || !Directory.Exists(legacy) ||
            string.Equals(Path.GetFullPath(legacy), Path.GetFullPath(target), StringComparison.Ordinal) ||
            (Directory.Exists(target) && Directory.EnumerateFiles(target, "*.xml").Any()))
        {
            return 0;
        }

        var keys = Directory.GetFiles(legacy, "key-*.xml");
        if (keys.Length == 0)
        {
            return 0;
        }

        Directory.CreateDirectory(target);
        foreach (var key in keys)
        {
            // A temporary name first: a start interrupted mid-copy leaves no half key for the key ring to choke on.
            var destination = Path.Combine(target, Path.GetFileName(key));
            var partial = destination + ".copying";
            File.Copy(key, partial, overwrite: true);
            File.Move(partial, destination, overwrite: true);
        }

        ScaleOutLog.KeyRingCopied(logger, keys.Length, legacy, target);
        return keys.Length;
    }
}
