using DanVan.Orchard.Configuration;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Security;
using DanVan.Orchard.Tenancy;
using DanVan.Users.Data;
using DanVan.Users.Handlers;
using DanVan.Users.RateLimiting;
using DanVan.Users.Recipes;
using DanVan.Users.Security;
using DanVan.Users.Services;
using DanVan.Users.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using DanVan.Orchard.Data;

namespace DanVan.Users;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<UsersDbContext>(UsersDbContext.MigrationsHistoryTable);
        services
            .AddIdentityCore<IdentityUser>(options =>
            {
                options.Password.RequiredLength = AdministratorSetupHandler.MinimumPasswordLength;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<TenantUserManager>()
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>();

        services
            .AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = "danvan_auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/account/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, TenantCookieOptionsSetup>();
        // Sessions are checked on every request against a per-user cache (see UserSessionValidator), not every 30 minutes.
        services.AddValidatedOptions<UserSessionOptions, UserSessionOptionsValidator>(configuration);
        services.AddScoped<UserSessionCache>();
        services.AddScoped<UserSessionValidator>();

        services.AddScoped<RolePermissionStore>();
        services.AddScoped<IRolePermissionStore>(sp => sp.GetRequiredService<RolePermissionStore>());
        services.AddScoped<DanVan.Orchard.Display.IOnboardingStepProvider, Services.UsersOnboardingSteps>();
        services.AddScoped<RoleService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<IUserInvitation>(sp => sp.GetRequiredService<InvitationService>());
        services.AddScoped<DecoyPasswordCheck>();
        services.AddScoped<HumanVerificationGate>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UserList>();
        services.AddAccountRateLimits(configuration);
        services.AddSingleton<IPermissionProvider, UsersPermissions>();
        services.AddSingleton<IAdminMenuProvider, UsersAdminMenu>();
        services.AddRecipeStep<RolesStep>("Roles");
        services.AddRecipeStep<UsersStep>("Users");
        services.AddScoped<DanVan.Orchard.SiteTransfer.ISiteExportSource, Export.UsersExportSource>();
        services.AddSingleton<ITenantSetupHandler, AdministratorSetupHandler>();
        services.AddSingleton<ITenantIntegrityCheck, AdministratorIntegrityCheck>();
    }
}
