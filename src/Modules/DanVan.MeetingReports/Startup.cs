using DanVan.Orchard.Modules;

namespace DanVan.MeetingReports;

public sealed class Startup : ModuleStartup;
