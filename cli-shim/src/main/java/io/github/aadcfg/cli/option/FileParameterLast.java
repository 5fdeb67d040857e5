package io.github.aadcfg.cli.option;

import java.util.List;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Numbers a command's FILE parameter after its own positional parameters, as in {@code appsetting set KEY VALUE
 * [FILE...]}. FILE comes from the {@link BatchOptions} mixin, whose annotation cannot say where: picocli numbers
 * a parameter without an index from 0, and gives a relative index ({@code "+"}) a single position, which would
 * leave a FILE after an option unmatched.
 */
public final class FileParameterLast implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec command) {
        List<PositionalParamSpec> positionals = command.positionalParameters();
        PositionalParamSpec file = positionals.stream().filter(p -> BatchOptions.FILE.equals(p.paramLabel()))
                .findFirst().orElseThrow();
        int own = positionals.size() - 1;
        String index = own + (file.index().isVariable() ? "..*" : "");
        command.remove(file);
        command.addPositional(file.toBuilder().index(index).build());
        return command;
    }
}
