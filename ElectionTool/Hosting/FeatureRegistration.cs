using ElectionTool.Features.Accounts;
using ElectionTool.Features.Backup;
using ElectionTool.Features.Common;
using ElectionTool.Features.Elections;
using ElectionTool.Features.Home;
using ElectionTool.Features.Masters.Constituencies;
using ElectionTool.Features.Masters.Departments;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Features.Masters.LocalBodies;
using ElectionTool.Features.Masters.Offices;
using ElectionTool.Features.Masters.Stations;
using ElectionTool.Features.Settings;

namespace ElectionTool.Hosting;

/// <summary>Each feature's services and endpoints, registered in one place.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddSingleton<DistrictSettingsService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<OperationRunner>();
        services.AddScoped<AccountService>();
        services.AddSingleton<CredentialSlipStore>();
        services.AddScoped<BackupService>();
        services.AddScoped<Features.DatabaseMove.DatabaseMoveService>();
        services.AddScoped<RestoreService>();
        services.AddHostedService<ServingLock>();
        services.AddScoped<HomeService>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DistrictClock>();
        services.AddSingleton<Features.Employees.StaffListNotifier>();
        services.AddScoped<Features.Employees.EmployeeService>();
        services.AddScoped<Features.Finalization.FinalizationService>();
        services.AddScoped<Features.Duplicates.DuplicateService>();
        services.AddScoped<Features.Exemptions.ExemptionService>();
        services.AddScoped<Features.OfficeStaff.OfficeStaffService>();
        services.AddScoped<Features.Import.EmployeeImporter>();
        services.AddSingleton<Features.Import.StaffImportReportStore>();
        services.AddScoped<Features.Export.EmployeeExporter>();
        services.AddScoped<Features.Demo.DemoDistrictSeeder>();
        services.AddScoped<Features.Auditing.AuditService>();
        services.AddScoped<ElectionService>();
        services.AddScoped<Features.PendingOffices.OfficeReminderService>();
        services.AddSingleton<Features.PendingOffices.OfficeReminders>();
        services.AddSingleton<ElectionChanges>();
        services.AddScoped<Features.Draw.DrawInputBuilder>();
        services.AddScoped<Features.Draw.DrawService>();
        services.AddOptions<Features.Draw.DrawOptions>().BindConfiguration(Features.Draw.DrawOptions.Section)
            .Validate(o => o.TimeLimitMinutes > 0, "Draw:TimeLimitMinutes in appsettings.json must be more than 0 (minutes).") // English: a start-up refusal for whoever runs the server
            .ValidateOnStart();
        services.AddSingleton<Features.Draw.DrawEngineRunner>();
        services.AddSingleton<Features.Draw.DrawChanges>();
        services.AddScoped<Features.Draw.DrawReplacementService>();
        services.AddScoped<Features.Draw.DrawOutputService>();
        services.AddScoped<Features.Draw.DrawLiveService>();
        services.AddScoped<Features.Draw.Bundle.DrawBundleService>();
        services.AddScoped<Features.Training.DraftedStaff>();
        services.AddScoped<Features.Training.TrainingScheduleService>();
        services.AddScoped<Features.Training.TrainingAllotmentService>();
        services.AddScoped<Features.Training.BatchEditService>();
        services.AddScoped<Features.Training.AttendanceService>();
        services.AddScoped<Features.Training.AbsenteeService>();
        services.AddScoped<Features.Training.TrainingLetters>();
        services.AddScoped<Features.PostalBallots.PostalBallotService>();
        services.AddScoped<Features.Honorarium.HonorariumService>();
        services.AddScoped<Features.Maps.BoundaryImportService>();
        services.AddScoped<Features.Maps.StationCoordinatesService>();
        services.AddScoped<Features.Maps.MapChecksService>();
        services.AddScoped<Features.Maps.MapService>();
        services.AddScoped<Features.Maps.RouteChartService>();
        services.AddOptions<Features.Maps.MapOptions>().BindConfiguration(Features.Maps.MapOptions.Section);
        services.AddScoped<Features.Dashboard.StaffCountCheck>();
        services.AddScoped<Features.Duties.SectorService>();
        services.AddScoped<Features.Duties.DutyInputBuilder>();
        services.AddScoped<Features.Draw.Stages.StageInputs>();
        services.AddScoped<Features.Duties.DutyPreviews>();
        services.AddScoped<Features.Duties.SectorFileService>();
        services.AddScoped<Features.Duties.DutyReplacementService>();
        services.AddScoped<Features.Duties.PersonDutyService>();
        services.AddScoped<Features.Duties.DutyPrintService>();
        services.AddScoped<Features.Duties.DutyOutputService>();
        services.AddScoped<MasterImporter>();
        services.AddScoped<DepartmentService>();
        services.AddScoped<OfficeService>();
        services.AddScoped<ConstituencyService>();
        services.AddScoped<LocalBodyService>();
        services.AddScoped<WardService>();
        services.AddScoped<PollingStationService>();
        Features.Counting.CountingRegistration.AddCounting(services);
        services.AddOptions<Features.Dashboard.DashboardLiveOptions>().BindConfiguration("Dashboard");
        services.AddSingleton<Features.Dashboard.DashboardService>();
        services.AddSingleton<Features.Dashboard.DashboardLive>();
        services.AddSingleton<Features.Dashboard.DashboardSnapshotCache>();
        services.AddScoped<Features.Dashboard.DashboardScopeResolver>();
        services.AddScoped<Features.PendingOffices.PendingOfficesService>();
        services.AddScoped<Features.Integrations.IntegrationService>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMasterTemplates();
        Features.Import.StaffImportEndpoints.MapStaffImport(endpoints);
        Features.Export.EmployeeExportEndpoints.MapEmployeeExport(endpoints);
        Features.Draw.DrawExportEndpoints.MapDrawExports(endpoints);
        Features.Draw.Bundle.DrawBundleEndpoints.Map(endpoints);
        Features.PendingOffices.PendingExportEndpoints.MapPendingExports(endpoints);
        Features.Api.ApiSetup.MapElectionApi(endpoints);
        Features.Honorarium.HonorariumEndpoints.MapHonorariumExports(endpoints);
        Features.Duties.DutyEndpoints.MapDutyExports(endpoints);
        return endpoints;
    }
}
