using ElectionTool.Components;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Accounts;
using ElectionTool.Features.Accounts.Gate;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Language;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

namespace ElectionTool.Hosting;

public static class ElectionToolSetup
{
    public static WebApplicationBuilder AddElectionTool(this WebApplicationBuilder builder)
    {
        var settingsDirectory = SettingsLocation.FindDirectory();
        // Lowest precedence: environment variables, command line and test hosts override the file.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(settingsDirectory),
            Path = SettingsLocation.FileName,
            Optional = true,
            ReloadOnChange = false,
        });

        var services = builder.Services;
        services.Configure<DistrictOptions>(builder.Configuration.GetSection(DistrictOptions.Section));
        services.Configure<ElectionDefaultsOptions>(builder.Configuration.GetSection(ElectionDefaultsOptions.Section));
        services.Configure<Features.Accounts.Gate.SecurityOptions>(builder.Configuration.GetSection(Features.Accounts.Gate.SecurityOptions.Section));

        services.AddDbContextFactory<ElectionDbContext>((sp, options) =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var engine = Data.Providers.DatabaseEngine.FromSetting(configuration[$"{Data.Providers.DatabaseEngine.Section}:Provider"]);
            var configured = configuration.GetConnectionString("Default") ?? "Data Source=data/electiontool.db";
            engine.Configure(options, engine.Resolve(configured, settingsDirectory));
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ElectionDbContext>>().CreateDbContext());
        services.AddServerFarm();
        // Started by the Windows service manager: report start and stop to it (nothing changes elsewhere).
        services.AddWindowsService(options => options.ServiceName = "ElectionTool");

        services.AddElectionIdentity(builder.Configuration);
        services.AddRazorPages(options =>
        {
            AccountStepPages.Mark(options.Conventions);
            options.Conventions.AddAreaFolderApplicationModelConvention("Identity", "/",
                model => model.Filters.Add(new ElectionTool.Areas.Identity.Pages.OutOfSequenceFilter()));
        }).AddMvcOptions(options => options.ModelMetadataDetailsProviders.Add(new ElectionTool.Areas.Identity.Pages.ValidationTexts()))
        .AddDataAnnotationsLocalization(options =>
            options.DataAnnotationLocalizerProvider = (_, texts) => texts.Create(typeof(Resources.SharedResource)));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, CircuitSignInCheck>();
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddMudServices(config =>
        {
            // Bottom right, few at a time: notices must never cover a page's action buttons.
            config.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.MaxDisplayedSnackbars = 3;
            config.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        // Hindi names go out as UTF-8 text, not as &#x...; entities (smaller print pages, readable exports).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<CurrentUser>();
        services.AddElectionLanguages();
        services.AddFeatureServices();
        Features.Api.ApiSetup.AddElectionApi(services, builder.Configuration);
        Features.DutyLookup.DutyLookupRegistration.AddDutyLookup(services, builder.Configuration);
        return builder;
    }

    private static void AddElectionIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInCheckOptions>(configuration.GetSection(SignInCheckOptions.Section));
        services.AddSingleton<AccountAudit>();
        services.AddDefaultIdentity<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ElectionDbContext>()
            .AddUserManager<ElectionUserManager>()
            .AddSignInManager<ElectionSignInManager>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddErrorDescriber<IdentityErrorTexts>()
            .AddClaimsPrincipalFactory<ElectionClaimsFactory>();

        // A signed-out or reset account's cookie is refused at its next check; the check is frequent.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<Microsoft.Extensions.Options.IOptions<SignInCheckOptions>>(
            (stamp, session) => stamp.ValidationInterval = session.Value.RevalidateInterval);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Identity/Account/Login";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            options.Cookie.Name = "ElectionTool.Auth";
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.OfficeOperator, p => p.RequireRole(Roles.OfficeOperator).RequireClaim(ElectionClaims.OfficeId))
            .AddPolicy(Policies.DashboardViewer, p => p.RequireRole(Roles.Admin, Roles.NodalOfficer, Roles.Observer))
            .AddPolicy(Policies.DrawViewer, p => p.RequireRole(Roles.Admin, Roles.Observer))
            .AddPolicy(Policies.TrainingDesk, p => p.RequireRole(Roles.Admin, Roles.TrainingDesk))
            .AddPolicy(Policies.AnyRole, p => p.RequireRole([.. Roles.All]));
        // Every policy also requires the account steps to be done (see Features/Accounts/Gate).
        services.AddSingleton<IAuthorizationPolicyProvider, AccountGatedPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, AccountReadyHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccountStepRedirect>();
    }

    public static WebApplication MapElectionTool(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            // Staff records are personal data: nothing but static files may be kept by the browser.
            if (!Path.HasExtension(context.Request.Path.Value))
            {
                context.Response.Headers.CacheControl = "no-cache, no-store";
                context.Response.Headers.Pragma = "no-cache";
            }
            await next(context);
        });
        app.UseAuthentication();
        Features.Api.ApiSetup.UseApiRateLimiter(app);
        app.UseAuthorization();
        app.UseCircuitGate();
        app.UseAntiforgery();
        app.UseAuditedViews();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthEndpoint();
        app.MapRazorPages();
        app.MapFeatureEndpoints();
        app.MapLanguageSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
