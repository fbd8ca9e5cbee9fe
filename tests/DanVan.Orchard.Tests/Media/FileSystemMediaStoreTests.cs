using DanVan.Orchard.Media;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Media;

public sealed class FileSystemMediaStoreTests : MediaStoreContract, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "danvan-media-" + Guid.NewGuid().ToString("N"));

    public FileSystemMediaStoreTests()
    {
        var environment = new TestEnvironment { ContentRootPath = _root };
        Store = new FileSystemMediaStore(AppDataLocation.Resolve(Options.Create(new OrchardOptions()), environment));
    }

    protected override IMediaStore Store { get; }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = string.Empty;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
