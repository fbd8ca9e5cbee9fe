using Microsoft.Extensions.Hosting;
using System.Collections.Concurrent;

namespace DanVan.Tenants.Services;

/// <summary>
/// The imports of this process. One runs at a time (tenant setup is CPU- and disk-bound; two would only slow each
/// other); a job that fails midway leaves finished tenants running and can be retried with the same file.
/// </summary>
public sealed class TenantImportJobs(TenantImporter importer, IHostApplicationLifetime lifetime, ILogger<TenantImportJobs> logger)
{
    private readonly ConcurrentDictionary<string, TenantImportJob> _jobs = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public TenantImportJob? Find(string id) => _jobs.GetValueOrDefault(id);

    public TenantImportJob Start(TenantImportPlan plan, string? siteBaseUrl, string startedBy)
    {
        var job = new TenantImportJob(Guid.NewGuid().ToString("N"), plan, startedBy);
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, siteBaseUrl));
        return job;
    }

    private async Task RunAsync(TenantImportJob job, string? siteBaseUrl)
    {
        await _oneAtATime.WaitAsync(lifetime.ApplicationStopping);
        try
        {
            await importer.RunAsync(job.Plan, siteBaseUrl, job.Report, lifetime.ApplicationStopping);
            job.Finish();
        }
        catch (Exception e)
        {
            TenantsLog.ImportStopped(logger, e, job.Id);
            job.Finish(e is OperationCanceledException ? "Máy chủ dừng giữa chừng; hãy nhập lại cùng tệp để làm tiếp." : e.Message);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
