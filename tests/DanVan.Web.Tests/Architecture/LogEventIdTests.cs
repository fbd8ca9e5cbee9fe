using System.Reflection;
using Microsoft.Extensions.Logging;

namespace DanVan.Web.Tests.Architecture;

/// <summary>
/// Every [LoggerMessage] of the platform's projects (core, modules, themes, host) has an event id of its own: an id
/// is what log queries and alerts select on, and two messages sharing one (it happened once, at a merge) make either
/// invisible or both misread.
/// </summary>
public sealed class LogEventIdTests
{
    private static readonly string[] ProjectFolders = ["src", "themes"];

    [Fact]
    public void No_two_different_log_messages_share_an_event_id_and_every_one_has_an_id()
    {
        var events = ProjectAssemblies().SelectMany(LoggedEvents).ToList();

        Assert.True(events.Count >= 80, $"only {events.Count} [LoggerMessage] methods found: the reflection missed some");
        Assert.Empty(events.Where(e => e.EventId < 0).Select(e => e.Method));
        Assert.Empty(Collisions(events));
    }

    [Fact]
    public void Two_messages_with_one_id_are_a_collision_and_one_message_logged_from_two_places_is_not()
    {
        LoggedEvent[] events =
        [
            new(2950, "Captcha of {Tenant} unreachable.", "FeedbackLog.Unreachable"),
            new(2950, "Search index of {Tenant} rebuilt.", "SearchLog.Rebuilt"),
            new(3100, "Setup of {Tenant} resumed.", "TenancyLog.SetupResumed"),
            new(3100, "Setup of {Tenant} resumed.", "CliLog.SetupResumed"),
        ];

        var collision = Assert.Single(Collisions(events));
        Assert.Contains("2950", collision, StringComparison.Ordinal);
        Assert.Contains("FeedbackLog.Unreachable", collision, StringComparison.Ordinal);
        Assert.Contains("SearchLog.Rebuilt", collision, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Collisions(IEnumerable<LoggedEvent> events) =>
        events.GroupBy(e => e.EventId)
            .Where(g => g.Select(e => e.Message).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"event id {g.Key}: {string.Join(", ", g.Select(e => $"{e.Method} (\"{e.Message}\")"))}");

    private static IEnumerable<LoggedEvent> LoggedEvents(Assembly assembly) =>
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
        where attribute is not null
        select new LoggedEvent(attribute.EventId, attribute.Message, $"{assembly.GetName().Name}: {type.FullName}.{method.Name}");

    /// <summary>The assembly of every project under src and themes, as built beside the tests.</summary>
    private static IEnumerable<Assembly> ProjectAssemblies()
    {
        var projects = ProjectFolders
            .SelectMany(folder => Directory.EnumerateFiles(OrchardWebApplicationFactory.RepositoryFolder(folder), "*.csproj", SearchOption.AllDirectories))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        Assert.Contains("DanVan.Orchard", projects);
        return projects.Select(name => Assembly.Load(new AssemblyName(name!)));
    }

    private sealed record LoggedEvent(int EventId, string Message, string Method);
}
