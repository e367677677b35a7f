package org.repatria.kinship.pedigree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A validated family pedigree. Members are indexed 0..size-1; a member with one parent given gets an
 * implicit untyped founder as the other parent, so every non-founder has both.
 */
public final class Family {

    private final String id;
    private final List<Member> members;
    private final int[] father;
    private final int[] mother;
    private final Map<String, Integer> index = new HashMap<>();

    public Family(String id, List<Member> rows) {
        this.id = id;
        List<Member> all = new ArrayList<>(rows);
        for (Member m : rows) {
            if (index.put(m.id(), index.size()) != null) {
                throw new PedigreeException(id, m.id(), "listed twice (a person has one father and one mother)");
            }
        }
        for (Member m : rows) {
            addImplicitParent(all, m, m.fatherId().isEmpty() && m.motherId().isPresent(), Sex.MALE);
            addImplicitParent(all, m, m.motherId().isEmpty() && m.fatherId().isPresent(), Sex.FEMALE);
        }
        this.members = List.copyOf(all);
        int n = all.size();
        father = new int[n];
        mother = new int[n];
        Arrays.fill(father, -1);
        Arrays.fill(mother, -1);
        for (int i = 0; i < rows.size(); i++) {
            Member m = rows.get(i);
            father[i] = parent(m, m.fatherId().orElse(m.id() + "~father"), Sex.MALE, m.founder());
            mother[i] = parent(m, m.motherId().orElse(m.id() + "~mother"), Sex.FEMALE, m.founder());
            if (father[i] >= 0 && father[i] == mother[i]) {
                throw new PedigreeException(id, m.id(), "father and mother are the same member");
            }
        }
        checkNoCycle();
    }

    private void addImplicitParent(List<Member> all, Member child, boolean needed, Sex sex) {
        if (needed) {
            String pid = child.id() + (sex == Sex.MALE ? "~father" : "~mother");
            index.put(pid, all.size());
            all.add(new Member(pid, Optional.empty(), Optional.empty(), sex, Optional.empty(), false));
        }
    }

    private int parent(Member child, String parentId, Sex expected, boolean founder) {
        if (founder) {
            return -1;
        }
        Integer p = index.get(parentId);
        if (p == null) {
            throw new PedigreeException(id, child.id(), "parent " + parentId + " is not a member of the family");
        }
        if (members.get(p).sex().conflictsWith(expected)) {
            throw new PedigreeException(id, child.id(), "parent " + parentId + " is given as "
                    + (expected == Sex.MALE ? "father" : "mother") + " but has the other sex");
        }
        return p;
    }

    private void checkNoCycle() {
        int[] state = new int[size()];
        for (int i = 0; i < size(); i++) {
            visit(i, state);
        }
    }

    private void visit(int i, int[] state) {
        if (i < 0 || state[i] == 2) {
            return;
        }
        if (state[i] == 1) {
            throw new PedigreeException(id, members.get(i).id(), "is their own ancestor (the pedigree has a cycle)");
        }
        state[i] = 1;
        visit(father[i], state);
        visit(mother[i], state);
        state[i] = 2;
    }

    public String id() {
        return id;
    }

    public List<Member> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    public Member member(int i) {
        return members.get(i);
    }

    /** Index of the father, or -1 for a founder. */
    public int father(int i) {
        return father[i];
    }

    /** Index of the mother, or -1 for a founder. */
    public int mother(int i) {
        return mother[i];
    }

    public OptionalInt indexOf(String memberId) {
        Integer i = index.get(memberId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Indices of the missing persons, in row order. */
    public List<Integer> missing() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (members.get(i).missing()) {
                out.add(i);
            }
        }
        return out;
    }

    /** Member {@code i} and all their ancestors. */
    public BitSet ancestry(int i) {
        BitSet out = new BitSet();
        addAncestry(i, out);
        return out;
    }

    private void addAncestry(int i, BitSet out) {
        if (i >= 0 && !out.get(i)) {
            out.set(i);
            addAncestry(father[i], out);
            addAncestry(mother[i], out);
        }
    }

    /** True when the two parents of {@code i} share an ancestor, so its two alleles may be identical by descent. */
    public boolean inbred(int i) {
        return father[i] >= 0 && ancestry(father[i]).intersects(ancestry(mother[i]));
    }
}
