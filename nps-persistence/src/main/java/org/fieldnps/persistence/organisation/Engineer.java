package org.fieldnps.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/**
 * A field engineer, known to the field-service system by its own id. The team is the current
 * one; responses keep the team the engineer was in at the time of the job.
 */
@Entity
public class Engineer {

    @Id
    @SequenceGenerator(name = "engineer_seq", sequenceName = "engineer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engineer_seq")
    private Long id;

    @Column(name = "fsm_id", nullable = false, unique = true, length = 40)
    private String fsmId;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(nullable = false)
    private boolean active = true;

    protected Engineer() {
    }

    public Engineer(String fsmId, String firstName, String lastName, Team team) {
        this.fsmId = fsmId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.team = team;
    }

    /** Moves the engineer to another team from now on; earlier responses stay where they were. */
    public void moveTo(Team newTeam) {
        this.team = newTeam;
    }

    public Long getId() {
        return id;
    }

    public String getFsmId() {
        return fsmId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isActive() {
        return active;
    }
}
