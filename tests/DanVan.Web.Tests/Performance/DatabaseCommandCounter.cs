using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Web.Tests.Performance;

/// <summary>
/// Counts the SQL commands EF Core runs on the databases under one App_Data (a test host's own) whose text contains a
/// fragment, from EF's diagnostic events: other test hosts of the process, with their own App_Data, and the background
/// workers' other queries are not counted.
/// </summary>
public sealed class DatabaseCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _appData;
    private readonly string _fragment;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _listeners = [];
    private int _count;

    public DatabaseCommandCounter(string appData, string fragment)
    {
        _appData = Path.GetFullPath(appData);
        _fragment = fragment;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: DbCommand command } &&
            command.CommandText.Contains(_fragment, StringComparison.Ordinal) &&
            command.Connection?.DataSource is { } source && Path.GetFullPath(source).StartsWith(_appData, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }
}
