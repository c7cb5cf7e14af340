package parbench.core.lessons;

/**
 * A lesson kernel that runs on its own {@link ThreadTeam} (never a shared pool), created with
 * the kernel and stopped by {@link #close}.
 */
public abstract class TeamKernel implements AutoCloseable {

    private final ThreadTeam team;

    protected TeamKernel(int threads) {
        this.team = new ThreadTeam(threads);
    }

    public ThreadTeam team() {
        return team;
    }

    @Override
    public void close() {
        team.close();
    }
}
