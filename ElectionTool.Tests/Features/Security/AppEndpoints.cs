using System.Globalization;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Security;

/// <summary>One routable endpoint of the running app, with a concrete address to request it by.</summary>
public sealed record AppEndpoint(string Url, string Method, Endpoint Endpoint)
{
    public bool AllowsAnonymous => Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    public bool IsStaticFile => Endpoint.DisplayName?.Contains("static", StringComparison.OrdinalIgnoreCase) == true
        || Endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal));

    public override string ToString() => $"{Method} {Url}";
}

/// <summary>Every endpoint the app routes, read from its own EndpointDataSource, so a page added later is walked too.</summary>
public static class AppEndpoints
{
    public static IReadOnlyList<AppEndpoint> All(AppFactory app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var list = new List<AppEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            var method = methods is null || methods.Count == 0 || methods.Contains(HttpMethods.Get) ? HttpMethods.Get : methods[0];
            list.Add(new AppEndpoint(Url(endpoint.RoutePattern), method, endpoint));
        }
        return list.DistinctBy(e => (e.Url, e.Method)).ToList();
    }

    private static string Url(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Sample(parameter),
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }

    private static string Sample(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("int"))
        {
            return "1";
        }
        if (constraints.Contains("guid"))
        {
            return Guid.Empty.ToString();
        }
        return parameter.Name.ToLower(CultureInfo.InvariantCulture) switch
        {
            "format" => "csv",
            "kind" => "parties",
            "code" => "REV-001",
            _ => "x",
        };
    }
}
