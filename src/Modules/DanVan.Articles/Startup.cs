using DanVan.Orchard.Modules;

namespace DanVan.Articles;

public sealed class Startup : ModuleStartup;
