using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Runs the registered handlers of the events a change raised, in the order raised, before the change is saved.
/// Events a handler raises are handled too, in the same pass.
/// </summary>
public sealed class DossierEventBus(IServiceProvider services)
{
    // Handlers are singletons (AddDossierEventHandler): resolved once per event type, not on every step.
    private readonly ConcurrentDictionary<Type, object> _handlers = new();

    internal async Task PublishAllAsync(DossierUnitOfWork work, CancellationToken ct)
    {
        while (work.TakeRaised() is { } e) await e.PublishAsync(this, work, ct);
    }

    internal async Task SendAsync<TEvent>(TEvent e, DossierUnitOfWork work, CancellationToken ct) where TEvent : DossierDomainEvent
    {
        var handlers = (IDossierEventHandler<TEvent>[])_handlers.GetOrAdd(typeof(TEvent), _ => services.GetServices<IDossierEventHandler<TEvent>>().ToArray());
        foreach (var handler in handlers) await handler.HandleAsync(e, work, ct);
    }
}

public static class DossierEventHandlerRegistration
{
    /// <summary>Subscribes <typeparamref name="THandler"/> to <typeparamref name="TEvent"/> (one instance for the portal).</summary>
    public static IServiceCollection AddDossierEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : DossierDomainEvent where THandler : class, IDossierEventHandler<TEvent> =>
        services.AddSingleton<IDossierEventHandler<TEvent>, THandler>();
}
